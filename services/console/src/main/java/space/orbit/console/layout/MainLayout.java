package space.orbit.console.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import org.springframework.beans.factory.ObjectProvider;

import space.orbit.console.operator.CurrentOperator;

/**
 * The console's frame: a title bar naming the operator (and, logged in, their role and a
 * Log out), and the navigation.
 */
@PermitAll
public class MainLayout extends AppLayout {

	public MainLayout(CurrentOperator operator, ObjectProvider<AuthenticationContext> login) {
		H1 title = new H1("Orbit console");
		title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
		Span who = new Span(VaadinIcon.USER.create(), new Span(operator.name()));
		who.setId("operator");
		who.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");
		HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, who);
		operator.role().ifPresent((role) -> {
			Span badge = new Span(role.claim());
			badge.setId("operator-role");
			badge.getElement().getThemeList().add("badge");
			who.add(badge);
			who.getStyle().set("display", "inline-flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
			Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), (click) -> login.getObject().logout());
			logout.setId("logout");
			logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			logout.getStyle().set("margin-right", "var(--lumo-space-m)");
			who.getStyle().set("margin-right", "0");
			bar.add(logout);
		});
		bar.setWidthFull();
		bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		addToNavbar(bar);

		SideNav nav = new SideNav();
		nav.addItem(new SideNavItem("Services", "", VaadinIcon.DASHBOARD.create()));
		SideNavItem database = new SideNavItem("Mission database");
		database.setPrefixComponent(VaadinIcon.DATABASE.create());
		database.addItem(new SideNavItem("Missions", "missions", VaadinIcon.GLOBE.create()));
		database.addItem(new SideNavItem("Spacecraft", "spacecraft", VaadinIcon.ROCKET.create()));
		database.addItem(new SideNavItem("Parameters", "parameters", VaadinIcon.SLIDERS.create()));
		database.addItem(new SideNavItem("Changes", "audit", VaadinIcon.TIME_BACKWARD.create()));
		database.setExpanded(true);
		nav.addItem(database);
		nav.addItem(new SideNavItem("Rules", "rules", VaadinIcon.FILTER.create()));
		nav.addItem(new SideNavItem("Alerts", "alerts", VaadinIcon.BELL.create()));
		nav.addItem(new SideNavItem("Flight dynamics", "flight-dynamics", VaadinIcon.CALC.create()));
		nav.addItem(new SideNavItem("History", "history", VaadinIcon.CHART.create()));
		nav.addItem(new SideNavItem("Logistics", "logistics", VaadinIcon.PACKAGE.create()));
		addToDrawer(nav);
		setPrimarySection(Section.DRAWER);
	}

}
