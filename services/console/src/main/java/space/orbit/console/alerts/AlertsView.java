package space.orbit.console.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import space.orbit.console.alerts.AlertRecords.ActionBody;
import space.orbit.console.alerts.AlertRecords.Alert;
import space.orbit.console.api.ServiceProblemException;
import space.orbit.console.layout.MainLayout;
import space.orbit.console.layout.ServiceNotice;
import space.orbit.console.operator.CurrentOperator;

/**
 * The alert workbench: active, shelved and history views with filters; acknowledge,
 * shelve for a duration, unshelve and clear one or many alerts at once, each with a
 * comment, through the analyzer's API.
 */
@Route(value = "alerts", layout = MainLayout.class)
@PermitAll
@PageTitle("Alerts · Orbit console")
public class AlertsView extends VerticalLayout {

	static final int MAX_COMMENT = 1000;

	private static final Map<String, List<String>> VIEWS = Map.of("Active", List.of("OPEN", "ACKNOWLEDGED"), "Shelved",
			List.of("SHELVED"), "History", List.of("CLEARED"));

	private static final Map<String, Duration> SHELF = new LinkedHashMap<>();

	static {
		SHELF.put("15 minutes", Duration.ofMinutes(15));
		SHELF.put("1 hour", Duration.ofHours(1));
		SHELF.put("4 hours", Duration.ofHours(4));
		SHELF.put("1 day", Duration.ofDays(1));
		SHELF.put("7 days", Duration.ofDays(7));
	}

	private final AlertsApi api;

	private final CurrentOperator operator;

	private final ServiceNotice notice = new ServiceNotice("alerts-notice");

	private final Tabs tabs = new Tabs(new Tab("Active"), new Tab("Shelved"), new Tab("History"));

	private final TextField spacecraft = new TextField();

	private static final String ANY_DETECTOR = "any detector";

	private final ComboBox<String> detector = new ComboBox<>();

	private final Grid<Alert> grid = new Grid<>();

	private final TextArea comment = new TextArea("Comment");

	private final Select<String> shelveFor = new Select<>();

	private final Span selection = new Span();

	private final AlertDetail detail = new AlertDetail();

	public AlertsView(AlertsApi api, CurrentOperator operator) {
		this.api = api;
		this.operator = operator;
		setSizeFull();
		this.tabs.setId("alert-tabs");
		this.tabs.addSelectedChangeListener((change) -> load());
		this.spacecraft.setPlaceholder("Spacecraft");
		this.spacecraft.setId("alert-filter-spacecraft");
		this.spacecraft.setClearButtonVisible(true);
		this.spacecraft.addValueChangeListener((change) -> load());
		this.detector.setId("alert-filter-detector");
		this.detector.setItems(ANY_DETECTOR, "limit", "rate_of_change", "stuck", "staleness", "statistical", "storm");
		this.detector.setValue(ANY_DETECTOR);
		this.detector.addValueChangeListener((change) -> load());
		Button refresh = new Button("Refresh", (click) -> load());
		refresh.setId("alerts-refresh");
		HorizontalLayout filters = new HorizontalLayout(this.tabs, this.spacecraft, this.detector, refresh);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		this.grid.setId("alerts");
		// Choosing several alerts is for acting on them: a viewer picks one to read.
		this.grid.setSelectionMode(operator.offered().act() ? Grid.SelectionMode.MULTI : Grid.SelectionMode.SINGLE);
		this.grid.addColumn(Alert::id).setHeader("#").setAutoWidth(true);
		this.grid.addComponentColumn(AlertsView::severity).setHeader("Severity").setAutoWidth(true);
		// Fixed widths: auto widths are measured once, on the first items, and then cut
		// ACKNOWLEDGED to "AC…" once the state changed.
		this.grid.addColumn(Alert::state).setHeader("State").setWidth("11.5em").setFlexGrow(0);
		this.grid.addColumn(Alert::spacecraftId).setHeader("Spacecraft").setAutoWidth(true);
		this.grid.addColumn(Alert::parameter).setHeader("Parameter").setAutoWidth(true);
		this.grid.addColumn(Alert::detector).setHeader("Detector").setAutoWidth(true);
		this.grid.addColumn(Alert::message).setHeader("Message").setFlexGrow(1).setTooltipGenerator(Alert::message);
		this.grid.addColumn(Alert::valueText).setHeader("Value").setAutoWidth(true);
		this.grid.addColumn(Alert::raisedAt).setHeader("Raised").setAutoWidth(true);
		this.grid.addSelectionListener((change) -> selected(change.getAllSelectedItems()));
		this.grid.setSizeFull();

		this.comment.setId("alert-comment");
		this.comment.setMaxLength(MAX_COMMENT);
		this.comment.setWidth("28em");
		this.comment.setPlaceholder("Why: every action records it in the alert");
		this.shelveFor.setLabel("Shelve for");
		this.shelveFor.setId("alert-shelve-for");
		this.shelveFor.setItems(SHELF.keySet());
		this.shelveFor.setValue("1 hour");
		HorizontalLayout actions = new HorizontalLayout(this.comment, this.shelveFor);
		for (AlertAction action : AlertAction.values()) {
			Button button = new Button(action.label(), (click) -> act(action));
			button.setId("alert-" + action.path());
			if (action == AlertAction.ACKNOWLEDGE) {
				button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			}
			actions.add(button);
		}
		this.selection.setId("alert-selection");
		actions.add(this.selection);
		actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		HorizontalLayout body = new HorizontalLayout(this.grid, this.detail);
		body.setSizeFull();
		body.setFlexGrow(1, this.grid);
		// A viewer is offered no action: the analyzer would refuse it (403).
		actions.setVisible(operator.offered().act());
		add(new H2("Alerts"), this.notice, filters, body, actions);
		load();
	}

	private void load() {
		String view = this.tabs.getSelectedTab().getLabel();
		// "any detector" is no filter: sent as one, it matched no alert and the page
		// stayed empty.
		String detectorFilter = ANY_DETECTOR.equals(this.detector.getValue()) ? null : this.detector.getValue();
		try {
			List<Alert> alerts = this.api.list(VIEWS.get(view), this.spacecraft.getValue(), detectorFilter);
			this.grid.setItems(alerts);
			this.notice.clear();
		}
		catch (RuntimeException ex) {
			this.grid.setItems(List.of());
			if (!this.notice.show(ex)) {
				throw ex;
			}
		}
		selected(Set.of());
	}

	private void selected(Set<Alert> alerts) {
		this.selection.setText(alerts.isEmpty() ? "" : alerts.size() + " selected");
		this.detail.show((alerts.size() == 1) ? alerts.iterator().next() : null);
	}

	private void act(AlertAction action) {
		Set<Alert> chosen = this.grid.getSelectedItems();
		this.comment.setInvalid(false);
		if (chosen.isEmpty()) {
			this.selection.setText("Select one or more alerts first.");
			return;
		}
		String text = this.comment.getValue().strip();
		if (text.isEmpty()) {
			this.comment.setErrorMessage("A comment is required: say why.");
			this.comment.setInvalid(true);
			return;
		}
		String duration = (action == AlertAction.SHELVE) ? SHELF.get(this.shelveFor.getValue()).toString() : null;
		ActionBody body = new ActionBody(this.operator.name(), text, duration);
		List<String> refused = new ArrayList<>();
		int done = 0;
		for (Alert alert : chosen) {
			try {
				this.api.act(alert.id(), action, body);
				done++;
			}
			catch (ServiceProblemException ex) {
				refused.add("#" + alert.id() + ": " + ex.problem().message());
			}
			catch (RuntimeException ex) {
				if (!this.notice.show(ex)) {
					throw ex;
				}
				return;
			}
		}
		load();
		if (done > 0) {
			this.comment.clear();
			this.comment.setInvalid(false);
			Notification.show(action.label() + ": " + done + " alert" + ((done > 1) ? "s" : ""))
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		if (!refused.isEmpty()) {
			this.notice.show("The analyzer refused " + refused.size() + ": " + String.join("; ", refused));
		}
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
