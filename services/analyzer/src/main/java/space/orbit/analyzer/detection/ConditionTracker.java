package space.orbit.analyzer.detection;

import java.util.Map;

import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.analyzer.alerts.AlertEvent.Change;
import space.orbit.analyzer.rules.Rule;

/**
 * Follows each condition through its episode: raises it on the first violation (if the
 * spacecraft's storm guard lets it through), re-sends it when its severity changes or
 * every update interval while it lasts, and clears it on a nominal verdict. Alerts held
 * back by the guard are folded into the spacecraft's storm alert and offered again at the
 * next update.
 */
final class ConditionTracker {

	private final AlertEmitter emitter;

	private final DetectionSettings settings;

	private final DetectionMetrics metrics;

	ConditionTracker(AlertEmitter emitter, DetectionSettings settings, DetectionMetrics metrics) {
		this.emitter = emitter;
		this.settings = settings;
		this.metrics = metrics;
	}

	/**
	 * Applies one detector's verdict; {@code alerts} holds the parameter's conditions.
	 */
	void apply(Map<String, Condition> alerts, String detector, Rule rule, Verdict verdict, Observation seen,
			SpacecraftState spacecraft, long now) {
		Condition alert = alerts.get(detector);
		switch (verdict.kind()) {
			case VIOLATION -> {
				if (alert == null) {
					alert = open(rule, seen);
					observe(alert, verdict, seen);
					alerts.put(detector, alert);
					raise(detector, alert, seen, spacecraft, now);
				}
				else {
					String before = alert.severity;
					observe(alert, verdict, seen);
					alert.count++;
					update(detector, alert, seen, spacecraft, now, !before.equals(alert.severity));
				}
			}
			case NOMINAL -> {
				if (alert != null) {
					alerts.remove(detector);
					clear(detector, alert, seen, now);
				}
			}
			case HOLD -> {
				// inside the hysteresis band: the condition neither grows nor clears
			}
		}
	}

	/** A new condition, raised now unless a storm holds it back. */
	void raise(String detector, Condition alert, Observation seen, SpacecraftState spacecraft, long now) {
		if (admit(spacecraft, now)) {
			alert.published = true;
			this.emitter.emit(Change.RAISED, detector, alert, seen, now);
		}
		else {
			alert.published = false;
			alert.lastEmitted = now;
			suppress(spacecraft, alert, seen, now);
		}
	}

	/**
	 * A condition that goes on: re-sent on a severity change or when an update is due.
	 */
	void update(String detector, Condition alert, Observation seen, SpacecraftState spacecraft, long now,
			boolean changed) {
		boolean due = now - alert.lastEmitted >= this.settings.updateInterval().toMillis();
		if (!alert.published) {
			if (due) {
				raise(detector, alert, seen, spacecraft, now);
			}
		}
		else if (changed || due) {
			this.emitter.emit(Change.UPDATED, detector, alert, seen, now);
		}
	}

	/** A condition that is over (sent only if it was ever let through). */
	void clear(String detector, Condition alert, Observation seen, long now) {
		alert.lastSeen = Math.max(alert.lastSeen, seen.timeMicros());
		if (alert.published) {
			alert.message = "back to nominal" + ((seen.value() != null) ? " at " + seen.value() : "");
			setValue(alert, seen.value());
			this.emitter.emit(Change.CLEARED, detector, alert, seen, now);
		}
	}

	/**
	 * Clears the spacecraft's storm alert once a whole window passed without suppression.
	 */
	void endStorm(SpacecraftState spacecraft, String spacecraftId, long now) {
		if (spacecraft.storm != null && now - spacecraft.lastSuppressed >= this.settings.stormWindow().toMillis()) {
			Condition storm = spacecraft.storm;
			spacecraft.storm = null;
			storm.lastSeen = now * 1_000;
			storm.message = "alert storm over: %d alerts were folded into this one".formatted(storm.count);
			this.emitter.emit(Change.CLEARED, AlertEvent.STORM, storm,
					Observation.check(spacecraftId, AlertEvent.ALL, now, storm.count), now);
		}
	}

	static Condition open(Rule rule, Observation seen) {
		Condition alert = new Condition();
		alert.ruleId = (rule != null) ? rule.id() : null;
		alert.latching = rule != null && rule.latching();
		alert.episode = seen.timeMicros();
		alert.firstSeen = seen.timeMicros();
		alert.count = 1;
		return alert;
	}

	static void observe(Condition alert, Verdict verdict, Observation seen) {
		alert.severity = verdict.severity().name();
		alert.threshold = verdict.threshold();
		alert.low = verdict.low();
		alert.high = verdict.high();
		alert.message = verdict.message();
		alert.lastSeen = seen.timeMicros();
		setValue(alert, seen.value());
		alert.traceId = Observation.traceId(seen.traceparent());
	}

	private static void setValue(Condition alert, Object value) {
		alert.value = (value instanceof Number number) ? number.doubleValue() : null;
		alert.text = (value == null || value instanceof Number) ? null : String.valueOf(value);
	}

	private boolean admit(SpacecraftState spacecraft, long now) {
		if (now - spacecraft.windowStart >= this.settings.stormWindow().toMillis()) {
			spacecraft.windowStart = now;
			spacecraft.raisedInWindow = 0;
		}
		if (spacecraft.raisedInWindow < this.settings.stormMaxNewAlerts()) {
			spacecraft.raisedInWindow++;
			return true;
		}
		return false;
	}

	private void suppress(SpacecraftState spacecraft, Condition alert, Observation seen, long now) {
		this.metrics.suppressed("spacecraft");
		spacecraft.lastSuppressed = now;
		Observation check = Observation.check(seen.spacecraftId(), AlertEvent.ALL, now, null);
		Condition storm = spacecraft.storm;
		if (storm == null) {
			storm = open(null, check);
			storm.severity = alert.severity;
			spacecraft.storm = storm;
		}
		else {
			storm.count++;
		}
		String before = storm.severity;
		storm.severity = Severity.max(Severity.valueOf(before), Severity.valueOf(alert.severity)).name();
		storm.lastSeen = now * 1_000;
		storm.value = (double) storm.count;
		storm.threshold = (double) this.settings.stormMaxNewAlerts();
		storm.message = "alert storm: more than %d new alerts within %s; %d folded into this one, latest %s"
			.formatted(this.settings.stormMaxNewAlerts(), this.settings.stormWindow(), storm.count, seen.parameter());
		if (storm.sequence == 0) {
			this.emitter.emit(Change.RAISED, AlertEvent.STORM, storm, check, now);
		}
		else if (!before.equals(storm.severity)
				|| now - storm.lastEmitted >= this.settings.updateInterval().toMillis()) {
			this.emitter.emit(Change.UPDATED, AlertEvent.STORM, storm, check, now);
		}
	}

}
