package space.orbit.console.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import space.orbit.console.operator.CurrentOperator;

/** The console's frame: a title bar naming the operator, and the navigation. */
public class MainLayout extends AppLayout {

	public MainLayout(CurrentOperator operator) {
		H1 title = new H1("Orbit console");
		title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
		Span who = new Span(VaadinIcon.USER.create(), new Span(operator.name()));
		who.setId("operator");
		who.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");
		HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, who);
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
		database.setExpanded(true);
		nav.addItem(database);
		nav.addItem(new SideNavItem("Alerts", "alerts", VaadinIcon.BELL.create()));
		nav.addItem(new SideNavItem("Flight dynamics", "flight-dynamics", VaadinIcon.CALC.create()));
		addToDrawer(nav);
		setPrimarySection(Section.DRAWER);
	}

}
