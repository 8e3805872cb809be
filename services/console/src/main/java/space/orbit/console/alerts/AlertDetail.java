package space.orbit.console.alerts;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import space.orbit.console.alerts.AlertRecords.Alert;
import space.orbit.console.alerts.AlertRecords.OperatorAction;

/**
 * One alert in full: what raised it, and who acknowledged, shelved or cleared it and why.
 */
class AlertDetail extends VerticalLayout {

	AlertDetail() {
		setId("alert-detail");
		setWidth("24em");
		setPadding(false);
		show(null);
	}

	void show(Alert alert) {
		removeAll();
		if (alert == null) {
			add(new Span("Select one alert to see it in full."));
			return;
		}
		add(new H3("Alert #" + alert.id()));
		line("State", alert.state() + (alert.active() ? " (condition present)" : " (condition gone)"));
		line("Severity", alert.severity() + ", now " + alert.currentSeverity());
		line("Where", alert.spacecraftId() + " / " + alert.parameter());
		line("Rule", alert.ruleId() + " (" + alert.detector() + ")");
		line("Message", alert.message());
		line("Value",
				alert.valueText() + ((alert.threshold() != null) ? " (threshold " + alert.threshold() + ")" : ""));
		line("Seen", alert.firstSeen() + " to " + alert.lastSeen() + ", " + alert.count() + " samples");
		action("Acknowledged", alert.acknowledged());
		action("Shelved", alert.shelved());
		if (alert.shelvedUntil() != null) {
			line("Shelved until", alert.shelvedUntil().toString());
		}
		action("Cleared", alert.cleared());
	}

	private void action(String label, OperatorAction action) {
		if (action != null) {
			line(label, action.describe()).setId("alert-detail-" + label.toLowerCase(java.util.Locale.ROOT));
		}
	}

	private Div line(String label, String text) {
		Span name = new Span(label + ": ");
		name.getStyle().set("font-weight", "600");
		Div line = new Div(name, new Span((text != null) ? text : ""));
		add(line);
		return line;
	}

}
