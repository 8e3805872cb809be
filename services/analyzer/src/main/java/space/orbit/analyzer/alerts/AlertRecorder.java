package space.orbit.analyzer.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import space.orbit.analyzer.AnalyzerProperties;
import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertEvent.Change;

/**
 * Records one alert event in PostgreSQL, once: a new condition opens an alert (unless the
 * fleet-wide storm guard folds it into the fleet's storm alert), repeats update the open
 * alert, a clear clears it (unless it latches).
 */
@Component
class AlertRecorder {

	private final AlertRepository alerts;

	private final AlertEventLog events;

	private final AlertMetrics metrics;

	private final AlertActionLog log;

	private final AnalyzerProperties.Alerts settings;

	private final Clock clock;

	AlertRecorder(AlertRepository alerts, AlertEventLog events, AlertMetrics metrics, AlertActionLog log,
			AnalyzerProperties properties, Clock clock) {
		this.alerts = alerts;
		this.events = events;
		this.metrics = metrics;
		this.log = log;
		this.settings = properties.alerts();
		this.clock = clock;
	}

	@Transactional
	void record(AlertEvent event) {
		Instant now = this.clock.instant();
		if (!this.events.firstTime(event.id(), now)) {
			this.metrics.duplicate();
			return;
		}
		this.metrics.recorded(event.change());
		Optional<Alert> open = this.alerts.findOpen(event.spacecraftId(), event.parameter(), event.detector());
		if (event.change() == Change.CLEARED) {
			open.ifPresent(alert -> conditionCleared(alert, event, now));
		}
		else if (open.isPresent()) {
			observe(open.get(), event, now);
		}
		else if (!AlertEvent.STORM.equals(event.detector()) && stormy(now)) {
			fold(event, now);
		}
		else {
			raise(event, now);
		}
	}

	private void raise(AlertEvent event, Instant now) {
		Alert alert = this.alerts.save(AlertLifecycle.raise(event, now));
		this.log.record(alert, ActionType.RAISED, AlertLifecycle.ANALYZER, now, null,
				alert.currentSeverity + ": " + alert.message, null);
	}

	/** Updates an open alert, and logs an escalation, a re-opening or a return. */
	private void observe(Alert alert, AlertEvent event, Instant now) {
		AlertState before = alert.state;
		Severity severity = alert.currentSeverity;
		int raises = alert.raises;
		AlertLifecycle.observe(alert, event, now);
		String detail = severity + " to " + alert.currentSeverity + ": " + alert.message;
		if (before != alert.state) {
			this.log.record(alert, ActionType.REOPENED, AlertLifecycle.ANALYZER, now, null, detail, before);
		}
		else if (alert.currentSeverity.compareTo(severity) > 0) {
			this.log.record(alert, ActionType.ESCALATED, AlertLifecycle.ANALYZER, now, null, detail, before);
		}
		else if (alert.raises > raises) {
			this.log.record(alert, ActionType.RETURNED, AlertLifecycle.ANALYZER, now, null,
					alert.currentSeverity + ": " + alert.message, before);
		}
	}

	/**
	 * The condition cleared: logged as the alert's clear, or (latching) as the
	 * condition's.
	 */
	private void conditionCleared(Alert alert, AlertEvent event, Instant now) {
		AlertState before = alert.state;
		boolean wasActive = alert.active;
		AlertLifecycle.conditionCleared(alert, event, now);
		if (alert.state == AlertState.CLEARED) {
			this.log.record(alert, ActionType.CLEARED, AlertLifecycle.ANALYZER, now, alert.cleared.comment(), null,
					before);
		}
		else if (wasActive) {
			this.log.record(alert, ActionType.CONDITION_CLEARED, AlertLifecycle.ANALYZER, now,
					"condition gone; the rule latches: an operator clears it", null, before);
		}
	}

	private boolean stormy(Instant now) {
		return this.alerts.countByRaisedAtAfterAndDetectorNot(now.minus(this.settings.globalWindow()),
				AlertEvent.STORM) >= this.settings.globalMaxNewAlerts();
	}

	/** Folds a new alert into the fleet's storm alert (spacecraft and parameter "*"). */
	private void fold(AlertEvent event, Instant now) {
		this.metrics.suppressed();
		Optional<Alert> storm = this.alerts.findOpen(AlertEvent.ALL, AlertEvent.ALL, AlertEvent.STORM);
		long count = storm.map(alert -> alert.count).orElse(0L) + 1;
		String message = "fleet alert storm: more than %d new alerts within %s; %d folded into this one, latest %s %s %s"
			.formatted(this.settings.globalMaxNewAlerts(), this.settings.globalWindow(), count, event.spacecraftId(),
					event.parameter(), event.detector());
		String episode = storm.map(alert -> alert.episode).orElse("*/*/storm/" + now.toEpochMilli());
		AlertEvent folded = new AlertEvent(episode + "/" + count, storm.isPresent() ? Change.UPDATED : Change.RAISED,
				AlertEvent.ALL, AlertEvent.ALL, AlertEvent.STORM, null, event.severity(), false, (double) count,
				(double) this.settings.globalMaxNewAlerts(), null, null, message,
				storm.map(alert -> alert.firstSeen).orElse(now), now, count, event.traceId(), null, null, now);
		if (storm.isPresent()) {
			observe(storm.get(), folded, now);
		}
		else {
			raise(folded, now);
		}
	}

}
