package space.orbit.console.alerts;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import space.orbit.console.alerts.AlertRecords.Alert;
import space.orbit.console.layout.MainLayout;
import space.orbit.console.layout.Count;
import space.orbit.console.layout.ServiceNotice;
import space.orbit.console.operator.CurrentOperator;

/**
 * The alert workbench (ADR 0020): active, shelved and history views filtered by
 * spacecraft, severity, detector, assignee and tag; one or many alerts acknowledged,
 * shelved, unshelved, cleared, assigned, tagged or commented at once, each with a
 * comment; the selected alert in full with its action log. A viewer reads only.
 */
@Route(value = "alerts", layout = MainLayout.class)
@PermitAll
@PageTitle("Alerts · Orbit console")
public class AlertsView extends VerticalLayout {

	private static final Map<String, List<String>> VIEWS = Map.of("Active", List.of("OPEN", "ACKNOWLEDGED"), "Shelved",
			List.of("SHELVED"), "History", List.of("CLEARED"));

	private static final String ANY_DETECTOR = "any detector";

	private static final String ANY_SEVERITY = "any severity";

	private final AlertsApi api;

	private final CurrentOperator operator;

	private final ServiceNotice notice = new ServiceNotice("alerts-notice");

	private final Tabs tabs = new Tabs(new Tab("Active"), new Tab("Shelved"), new Tab("History"));

	private final TextField spacecraft = filterField("Spacecraft", "alert-filter-spacecraft");

	private final Select<String> severity = new Select<>();

	private final ComboBox<String> detector = new ComboBox<>();

	private final TextField assignee = filterField("Assignee (me)", "alert-filter-assignee");

	private final TextField tag = filterField("Tag", "alert-filter-tag");

	private final Grid<Alert> grid = new Grid<>();

	private final Span count = new Span();

	private final AlertDetail detail;

	private final AlertActionBar actions;

	public AlertsView(AlertsApi api, CurrentOperator operator) {
		this.api = api;
		this.operator = operator;
		this.detail = new AlertDetail(api, this.notice);
		this.actions = new AlertActionBar(api, operator, this.notice, this::load);
		setSizeFull();
		this.tabs.setId("alert-tabs");
		this.tabs.addSelectedChangeListener((change) -> load());
		this.severity.setId("alert-filter-severity");
		this.severity.setItems(ANY_SEVERITY, "WARNING", "CRITICAL");
		this.severity.setValue(ANY_SEVERITY);
		this.severity.addValueChangeListener((change) -> load());
		this.detector.setId("alert-filter-detector");
		this.detector.setItems(ANY_DETECTOR, "limit", "rate_of_change", "stuck", "staleness", "statistical", "storm");
		this.detector.setValue(ANY_DETECTOR);
		this.detector.addValueChangeListener((change) -> load());
		Button refresh = new Button("Refresh", (click) -> load());
		refresh.setId("alerts-refresh");
		this.count.setId("alerts-count");
		HorizontalLayout filters = new HorizontalLayout(this.tabs, this.spacecraft, this.severity, this.detector,
				this.assignee, this.tag, refresh, this.count);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);

		this.grid.setId("alerts");
		// Choosing several alerts is for acting on them: a viewer picks one to read.
		this.grid.setSelectionMode(operator.offered().act() ? Grid.SelectionMode.MULTI : Grid.SelectionMode.SINGLE);
		this.grid.addColumn(Alert::id).setHeader("#").setAutoWidth(true);
		this.grid.addComponentColumn(AlertsView::severity).setHeader("Severity").setAutoWidth(true);
		// Fixed widths: auto widths are measured once, on the first items, and then cut
		// ACKNOWLEDGED to "AC…" once the state changed.
		this.grid.addColumn(Alert::state).setHeader("State").setWidth("11.5em").setFlexGrow(0);
		// Who has it and its tags before the long columns, so that they show beside the
		// detail panel.
		this.grid.addColumn(Alert::assigneeText)
			.setHeader("Assignee")
			.setWidth("10em")
			.setFlexGrow(0)
			.setTooltipGenerator(Alert::assigneeText);
		this.grid.addColumn(Alert::tagsText)
			.setHeader("Tags")
			.setWidth("9em")
			.setFlexGrow(0)
			.setTooltipGenerator(Alert::tagsText);
		this.grid.addColumn(Alert::spacecraftId).setHeader("Spacecraft").setAutoWidth(true);
		this.grid.addColumn(Alert::parameter).setHeader("Parameter").setAutoWidth(true);
		this.grid.addColumn(Alert::detector).setHeader("Detector").setAutoWidth(true);
		this.grid.addColumn(Alert::message).setHeader("Message").setFlexGrow(1).setTooltipGenerator(Alert::message);
		this.grid.addColumn(Alert::valueText).setHeader("Value").setAutoWidth(true);
		this.grid.addColumn(Alert::raisedAt).setHeader("Raised").setAutoWidth(true);
		this.grid.addSelectionListener((change) -> selected(change.getAllSelectedItems()));
		this.grid.setSizeFull();

		HorizontalLayout body = new HorizontalLayout(this.grid, this.detail);
		body.setSizeFull();
		body.setFlexGrow(1, this.grid);
		// A viewer is offered no action: the analyzer would refuse it (403).
		this.actions.setVisible(operator.offered().act());
		add(new H2("Alerts"), this.notice, filters, body, this.actions);
		load();
	}

	private void load() {
		String view = this.tabs.getSelectedTab().getLabel();
		// "any detector" is no filter: sent as one, it matched no alert and the page
		// stayed empty.
		AlertsApi.Filter filter = new AlertsApi.Filter(this.spacecraft.getValue(),
				ANY_SEVERITY.equals(this.severity.getValue()) ? null : this.severity.getValue(),
				ANY_DETECTOR.equals(this.detector.getValue()) ? null : this.detector.getValue(),
				assignee(this.assignee.getValue()), this.tag.getValue().strip().toLowerCase(java.util.Locale.ROOT));
		try {
			List<Alert> alerts = this.api.list(VIEWS.get(view), filter);
			this.grid.setItems(alerts);
			this.count.setText(Count.of(alerts.size(), "alert")
					+ ((alerts.size() >= AlertsApi.MAX) ? " (the newest " + AlertsApi.MAX + " a state)" : ""));
			this.notice.clear();
		}
		catch (RuntimeException ex) {
			this.grid.setItems(List.of());
			this.count.setText("");
			if (!this.notice.show(ex)) {
				throw ex;
			}
		}
		selected(Set.of());
	}

	/**
	 * "me" is the person using the console: with a login the analyzer knows them from the
	 * token; without one, by the name the console gives them.
	 */
	private String assignee(String text) {
		String name = text.strip();
		return ("me".equals(name) && this.operator.role().isEmpty()) ? this.operator.name() : name;
	}

	private void selected(Set<Alert> alerts) {
		this.actions.select(alerts);
		this.detail.show((alerts.size() == 1) ? alerts.iterator().next() : null);
	}

	private TextField filterField(String placeholder, String id) {
		TextField field = new TextField();
		field.setPlaceholder(placeholder);
		field.setId(id);
		field.setClearButtonVisible(true);
		field.setWidth("11em");
		field.addValueChangeListener((change) -> load());
		return field;
	}

	private static Span severity(Alert alert) {
		Span badge = new Span(alert.severity());
		boolean critical = "CRITICAL".equals(alert.severity());
		badge.getStyle()
			.set("color", critical ? "var(--lumo-error-text-color)" : "var(--lumo-warning-text-color, #8a5a00)")
			.set("font-weight", "600");
		return badge;
	}

}
