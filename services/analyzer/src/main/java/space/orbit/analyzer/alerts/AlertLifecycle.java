package space.orbit.analyzer.alerts;

import java.time.Duration;
import java.time.Instant;

import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertEvent.Change;

/**
 * The rules of an alert's life. OPEN -> ACKNOWLEDGED -> CLEARED; OPEN or ACKNOWLEDGED ->
 * SHELVED -> back when the shelf expires or is lifted; anything open -> CLEARED by an
 * operator, or by the analyzer when the condition clears (unless the rule latches: then
 * it waits for an operator). A repeat updates the open alert; an escalation re-opens an
 * acknowledged one.
 */
final class AlertLifecycle {

	static final String ANALYZER = "analyzer";

	private AlertLifecycle() {
	}

	static Alert raise(AlertEvent event, Instant now) {
		Alert alert = new Alert();
		alert.spacecraftId = event.spacecraftId();
		alert.parameter = event.parameter();
		alert.detector = event.detector();
		alert.state = AlertState.OPEN;
		alert.severity = event.severity();
		alert.firstSeen = (event.firstSeen() != null) ? event.firstSeen() : now;
		alert.raisedAt = now;
		alert.traceId = event.traceId();
		alert.episode = episode(event);
		observe(alert, event, now);
		alert.raises = Math.max(alert.raises, 1);
		return alert;
	}

	/** A RAISED or UPDATED event of the condition of an open alert. */
	static void observe(Alert alert, AlertEvent event, Instant now) {
		String episode = episode(event);
		if (!episode.equals(alert.episode)) {
			alert.priorCount = alert.count;
			alert.episode = episode;
		}
		if (event.change() == Change.RAISED) {
			alert.raises++;
		}
		Severity before = alert.currentSeverity;
		alert.ruleId = event.ruleId();
		alert.currentSeverity = event.severity();
		alert.severity = Severity.max(alert.severity, event.severity());
		alert.latching = event.latching();
		alert.active = true;
		alert.count = alert.priorCount + event.count();
		observed(alert, event, now);
		boolean escalated = before != null && event.severity().compareTo(before) > 0;
		if (escalated && alert.state == AlertState.ACKNOWLEDGED) {
			alert.state = AlertState.OPEN;
		}
	}

	/** The condition cleared: the alert clears too, unless it latches. */
	static void conditionCleared(Alert alert, AlertEvent event, Instant now) {
		alert.active = false;
		if (episode(event).equals(alert.episode)) {
			// The clear carries the episode's final count: samples that showed the
			// condition after its last update were counted by nothing else.
			alert.count = Math.max(alert.count, alert.priorCount + event.count());
		}
		observed(alert, event, now);
		if (!alert.latching) {
			alert.state = AlertState.CLEARED;
			alert.cleared = new OperatorAction(ANALYZER, now, "back to nominal");
			alert.shelvedUntil = null;
		}
	}

	static void acknowledge(Alert alert, String by, String comment, Instant now) {
		require(alert, "acknowledged", AlertState.OPEN);
		alert.state = AlertState.ACKNOWLEDGED;
		alert.acknowledged = new OperatorAction(by, now, comment);
		alert.updatedAt = now;
	}

	static void shelve(Alert alert, String by, String comment, Duration duration, Instant now) {
		require(alert, "shelved", AlertState.OPEN, AlertState.ACKNOWLEDGED, AlertState.SHELVED);
		if (alert.state != AlertState.SHELVED) {
			alert.unshelveState = alert.state;
		}
		alert.state = AlertState.SHELVED;
		alert.shelved = new OperatorAction(by, now, comment);
		alert.shelvedUntil = now.plus(duration);
		alert.updatedAt = now;
	}

	/** Lifts the shelf: by an operator, or when it expires. */
	static void unshelve(Alert alert, String by, String comment, Instant now) {
		require(alert, "unshelved", AlertState.SHELVED);
		alert.state = (alert.unshelveState != null) ? alert.unshelveState : AlertState.OPEN;
		alert.shelved = new OperatorAction(by, now, comment);
		alert.shelvedUntil = null;
		alert.unshelveState = null;
		alert.updatedAt = now;
	}

	static void clear(Alert alert, String by, String comment, Instant now) {
		require(alert, "cleared", AlertState.OPEN, AlertState.ACKNOWLEDGED, AlertState.SHELVED);
		alert.state = AlertState.CLEARED;
		alert.cleared = new OperatorAction(by, now, comment);
		alert.shelvedUntil = null;
		alert.updatedAt = now;
	}

	/** Gives the alert to someone (replacing whoever had it); not once it is cleared. */
	static void assign(Alert alert, String assignee, Instant now) {
		require(alert, "assigned", AlertState.OPEN, AlertState.ACKNOWLEDGED, AlertState.SHELVED);
		alert.assignee = assignee;
		alert.updatedAt = now;
	}

	/** Takes the alert's assignment away; not once it is cleared. */
	static void unassign(Alert alert, Instant now) {
		require(alert, "unassigned", AlertState.OPEN, AlertState.ACKNOWLEDGED, AlertState.SHELVED);
		alert.assignee = null;
		alert.updatedAt = now;
	}

	/** Adds and removes tags, in any state (a cleared alert is tagged for the record). */
	static void tag(Alert alert, java.util.Collection<String> add, java.util.Collection<String> remove, Instant now) {
		alert.tags.removeAll(remove);
		alert.tags.addAll(add);
		alert.updatedAt = now;
	}

	/** The event id without its sequence: the same for every event of one episode. */
	static String episode(AlertEvent event) {
		int slash = event.id().lastIndexOf('/');
		return (slash > 0) ? event.id().substring(0, slash) : event.id();
	}

	private static void observed(Alert alert, AlertEvent event, Instant now) {
		alert.valueNumber = (event.value() instanceof Number number) ? number.doubleValue() : null;
		alert.valueText = (event.value() == null || event.value() instanceof Number) ? null
				: String.valueOf(event.value());
		alert.threshold = event.threshold();
		alert.expectedLow = event.expectedLow();
		alert.expectedHigh = event.expectedHigh();
		alert.message = event.message();
		alert.lastSeen = (event.lastSeen() != null) ? event.lastSeen() : now;
		alert.updatedAt = now;
	}

	private static void require(Alert alert, String action, AlertState... allowed) {
		for (AlertState state : allowed) {
			if (alert.state == state) {
				return;
			}
		}
		throw new TransitionNotAllowedException(action, alert.state);
	}

}
