package space.orbit.console.alerts;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import space.orbit.console.alerts.AlertRecords.Alert;
import space.orbit.console.alerts.AlertRecords.LogEntry;
import space.orbit.console.alerts.AlertRecords.OperatorAction;
import space.orbit.console.layout.Count;
import space.orbit.console.layout.ServiceNotice;

/**
 * One alert in full: what raised it, who it is assigned to, its tags, and its action log
 * (every operator action and every change the analyzer made by itself, oldest first).
 */
class AlertDetail extends VerticalLayout {

	private final AlertsApi api;

	private final ServiceNotice notice;

	AlertDetail(AlertsApi api, ServiceNotice notice) {
		this.api = api;
		this.notice = notice;
		setId("alert-detail");
		setWidth("30em");
		setHeightFull();
		setPadding(false);
		getStyle().set("overflow", "auto");
		show(null);
	}

	void show(Alert alert) {
		removeAll();
		if (alert == null) {
			add(new Span("Select one alert to see it in full, with its action log."));
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
		line("Seen", alert.firstSeen() + " to " + alert.lastSeen() + ", " + Count.of(alert.count(), "sample"));
		line("Assigned to", (alert.assignee() != null) ? alert.assignee() : "no one").setId("alert-detail-assignee");
		line("Tags", alert.tagsText().isEmpty() ? "none" : alert.tagsText()).setId("alert-detail-tags");
		action("Acknowledged", alert.acknowledged());
		action("Shelved", alert.shelved());
		if (alert.shelvedUntil() != null) {
			line("Shelved until", alert.shelvedUntil().toString());
		}
		action("Cleared", alert.cleared());
		add(new H4("Action log"));
		log(alert.id());
	}

	private void log(long id) {
		List<LogEntry> entries;
		try {
			entries = this.api.log(id);
		}
		catch (RuntimeException ex) {
			if (!this.notice.show(ex)) {
				throw ex;
			}
			return;
		}
		Div log = new Div();
		log.setId("alert-log");
		for (LogEntry entry : entries) {
			Div row = new Div();
			row.getElement().setAttribute("data-action", entry.action());
			row.getStyle()
				.set("border-left", "3px solid var(--lumo-contrast-20pct)")
				.set("padding", "0 0 var(--lumo-space-xs) var(--lumo-space-s)")
				.set("margin-bottom", "var(--lumo-space-xs)")
				.set("font-size", "var(--lumo-font-size-s)");
			Span what = new Span(entry.action().toLowerCase(Locale.ROOT).replace('_', ' '));
			what.getStyle().set("font-weight", "600");
			row.add(what, new Span(
					" by " + entry.by() + ", " + entry.at().truncatedTo(ChronoUnit.SECONDS) + " · " + entry.states()));
			if (entry.detail() != null) {
				row.add(new Div(new Span(entry.detail())));
			}
			if (entry.comment() != null) {
				Div comment = new Div(new Span("“" + entry.comment() + "”"));
				comment.getStyle().set("font-style", "italic");
				row.add(comment);
			}
			log.add(row);
		}
		add(log);
	}

	private void action(String label, OperatorAction action) {
		if (action != null) {
			line(label, action.describe()).setId("alert-detail-" + label.toLowerCase(Locale.ROOT));
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
