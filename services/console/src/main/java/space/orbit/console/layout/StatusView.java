package space.orbit.console.layout;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import space.orbit.console.api.ServiceClient;
import space.orbit.console.api.ServiceClients;
import space.orbit.console.api.ServiceProblemException;
import space.orbit.console.api.ServiceUnavailableException;

/**
 * The services the console talks to, and whether each answers its readiness probe now.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@PageTitle("Services · Orbit console")
public class StatusView extends VerticalLayout {

	private final ServiceClients clients;

	private final Grid<Status> grid = new Grid<>();

	/** One service's state. */
	record Status(String service, String url, boolean up, String detail) {
	}

	public StatusView(ServiceClients clients) {
		this.clients = clients;
		this.grid.setId("services");
		this.grid.addColumn(Status::service).setHeader("Service").setAutoWidth(true);
		this.grid.addColumn(Status::url).setHeader("URL").setAutoWidth(true);
		this.grid.addComponentColumn(StatusView::badge).setHeader("State").setAutoWidth(true);
		this.grid.addColumn(Status::detail).setHeader("Detail").setFlexGrow(1);
		this.grid.setAllRowsVisible(true);
		this.grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
		Button refresh = new Button("Refresh", (click) -> refresh());
		refresh.setId("refresh-services");
		add(new H2("Services"), refresh, this.grid);
		refresh();
	}

	private void refresh() {
		this.grid.setItems(this.clients.all().stream().parallel().map(StatusView::probe).toList());
	}

	private static Status probe(ServiceClient client) {
		try {
			client.get("/health/readiness");
			return new Status(client.service(), client.base().toString(), true, "");
		}
		catch (ServiceUnavailableException | ServiceProblemException ex) {
			return new Status(client.service(), client.base().toString(), false, ex.getMessage());
		}
	}

	private static Span badge(Status status) {
		Span badge = new Span(status.up() ? "UP" : "DOWN");
		badge.getElement().getThemeList().addAll(List.of("badge", status.up() ? "success" : "error"));
		badge.getElement().setAttribute("data-service", status.service());
		return badge;
	}

}
