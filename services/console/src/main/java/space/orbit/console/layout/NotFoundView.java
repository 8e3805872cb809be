package space.orbit.console.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address the console has no page for, inside the console's layout: "no such page" and
 * the way back, with 404. Vaadin's own not-found view carries no access annotation, so
 * with the login's navigation access control a logged-in person got a bare 403 page for a
 * mistyped address.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

	private final Paragraph what = new Paragraph();

	public NotFoundView() {
		this.what.setId("not-found");
		add(new H2("No such page"), this.what, new Anchor("", "Back to the services"));
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		this.what.setText("The console has no page at /" + event.getLocation().getPath()
				+ ". Its pages are in the menu on the left.");
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
