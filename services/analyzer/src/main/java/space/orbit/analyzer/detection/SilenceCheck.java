package space.orbit.analyzer.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.analyzer.rules.Rule;
import space.orbit.analyzer.rules.RuleBook;

/**
 * Staleness. Every punctuation (wall clock) finds spacecraft and parameters that have not
 * arrived for longer than their rule's timeout, with no data needed to notice; and when
 * data arrives, a gap in sample time longer than the timeout (a replay, or a run faster
 * than real time) is found too. A parameter is not judged while its whole spacecraft is
 * silent: the spacecraft's alert says it all.
 */
final class SilenceCheck {

	private final ConditionTracker tracker;

	private final DetectionSettings settings;

	SilenceCheck(ConditionTracker tracker, DetectionSettings settings) {
		this.tracker = tracker;
		this.settings = settings;
	}

	/**
	 * A frame arrived (at the sample's time): clear the spacecraft's silence, or report
	 * the gap it ends.
	 * @param rule the spacecraft's staleness rule (parameter {@code *}), or null
	 */
	void arrived(SpacecraftState spacecraft, Rule rule, Sample frame, long now) {
		long frameMicros = frame.timeMicros();
		long gap = frameMicros - spacecraft.lastTime;
		Observation whole = null;
		if (spacecraft.silence == null && rule != null && spacecraft.lastTime > 0
				&& gap > rule.staleness().timeout().toNanos() / 1_000) {
			spacecraft.silence = silent(rule, spacecraft.lastTime, frameMicros, gap);
			whole = frame.observation(AlertEvent.ALL, gap / 1e6);
			this.tracker.raise(Detector.STALENESS.tag(), spacecraft.silence, whole, spacecraft, now);
		}
		if (spacecraft.silence != null) {
			Condition silence = spacecraft.silence;
			spacecraft.silence = null;
			whole = (whole != null) ? whole : frame.observation(AlertEvent.ALL, gap / 1e6);
			this.tracker.clear(Detector.STALENESS.tag(), silence, whole, now);
		}
	}

	/**
	 * Parameters of a spacecraft missing from its frames for longer than their timeout.
	 */
	void missing(String spacecraftId, SpacecraftState spacecraft, Predicate<String> present,
			KeyValueStore<String, ParameterState> store, RuleBook rules, Observation seen, long now) {
		long time = spacecraft.lastTime;
		if (time - spacecraft.lastSilenceScan < 1_000_000) {
			return;
		}
		spacecraft.lastSilenceScan = time;
		String prefix = spacecraftId + '/';
		Map<String, ParameterState> changed = new HashMap<>();
		try (KeyValueIterator<String, ParameterState> states = store.prefixScan(prefix, new StringSerializer())) {
			while (states.hasNext()) {
				KeyValue<String, ParameterState> entry = states.next();
				String parameter = entry.key.substring(prefix.length());
				if (!present.test(parameter) && missing(parameter, entry.value, time, spacecraft, rules, seen, now)) {
					changed.put(entry.key, entry.value);
				}
			}
		}
		changed.forEach(store::put);
	}

	/**
	 * A parameter absent from the spacecraft's frames up to sample time {@code time}:
	 * raised when that is longer than its rule's timeout; true when its state changed.
	 */
	boolean missing(String parameter, ParameterState state, long time, SpacecraftState spacecraft, RuleBook rules,
			Observation seen, long now) {
		Rule rule = rules.resolve(seen.spacecraftId(), parameter).staleness();
		long gap = time - state.lastTime;
		if (rule == null || state.lastTime <= 0 || state.alerts.containsKey(Detector.STALENESS.tag())
				|| gap <= rule.staleness().timeout().toNanos() / 1_000) {
			return false;
		}
		Condition alert = silent(rule, state.lastTime, time, gap);
		state.alerts.put(Detector.STALENESS.tag(), alert);
		this.tracker.raise(Detector.STALENESS.tag(), alert, seen.forParameter(parameter, gap / 1e6), spacecraft, now);
		return true;
	}

	/** The wall-clock check of every spacecraft and parameter of this task. */
	void punctuate(KeyValueStore<String, SpacecraftState> spacecraftStore,
			KeyValueStore<String, ParameterState> parameterStore, RuleBook rules, long now, long since) {
		Map<String, SpacecraftState> fleet = new HashMap<>();
		List<String> forgotten = new ArrayList<>();
		try (KeyValueIterator<String, SpacecraftState> all = spacecraftStore.all()) {
			all.forEachRemaining(entry -> {
				if (now - entry.value.lastArrival > this.settings.forgetAfter().toMillis()) {
					forgotten.add(entry.key);
				}
				else {
					fleet.put(entry.key, entry.value);
				}
			});
		}
		forgotten.forEach(spacecraftStore::delete);
		fleet.forEach((id, spacecraft) -> checkSpacecraft(id, spacecraft, rules, now, since));
		Map<String, ParameterState> changed = new HashMap<>();
		forgotten.clear();
		try (KeyValueIterator<String, ParameterState> all = parameterStore.all()) {
			while (all.hasNext()) {
				KeyValue<String, ParameterState> entry = all.next();
				if (now - entry.value.lastArrival > this.settings.forgetAfter().toMillis()) {
					forgotten.add(entry.key);
				}
				else if (checkParameter(entry.key, entry.value, fleet, rules, now, since)) {
					changed.put(entry.key, entry.value);
				}
			}
		}
		forgotten.forEach(parameterStore::delete);
		changed.forEach(parameterStore::put);
		fleet.forEach(spacecraftStore::put);
	}

	private void checkSpacecraft(String id, SpacecraftState spacecraft, RuleBook rules, long now, long since) {
		long last = Math.max(spacecraft.lastArrival, since);
		Rule rule = rules.resolve(id, RuleBook.WHOLE_SPACECRAFT).staleness();
		if (rule != null && now - last > rule.staleness().timeout().toMillis()) {
			Observation check = Observation.check(id, AlertEvent.ALL, now, (now - last) / 1e3);
			if (spacecraft.silence == null) {
				spacecraft.silence = silent(rule, spacecraft.lastTime, now * 1_000, (now - last) * 1_000);
				this.tracker.raise(Detector.STALENESS.tag(), spacecraft.silence, check, spacecraft, now);
			}
			else {
				spacecraft.silence.lastSeen = now * 1_000;
				spacecraft.silence.value = (now - last) / 1e3;
				this.tracker.update(Detector.STALENESS.tag(), spacecraft.silence, check, spacecraft, now, false);
			}
		}
		this.tracker.endStorm(spacecraft, id, now);
	}

	/** Judges one parameter; true when its state changed. */
	private boolean checkParameter(String key, ParameterState state, Map<String, SpacecraftState> fleet, RuleBook rules,
			long now, long since) {
		int slash = key.indexOf('/');
		String id = key.substring(0, slash);
		String parameter = key.substring(slash + 1);
		SpacecraftState spacecraft = fleet.get(id);
		long last = Math.max(state.lastArrival, since);
		Rule rule = rules.resolve(id, parameter).staleness();
		if (spacecraft == null || spacecraft.silence != null || rule == null
				|| now - last <= rule.staleness().timeout().toMillis()) {
			return false;
		}
		Observation check = Observation.check(id, parameter, now, (now - last) / 1e3);
		Condition alert = state.alerts.get(Detector.STALENESS.tag());
		if (alert == null) {
			alert = silent(rule, state.lastTime, now * 1_000, (now - last) * 1_000);
			state.alerts.put(Detector.STALENESS.tag(), alert);
			this.tracker.raise(Detector.STALENESS.tag(), alert, check, spacecraft, now);
		}
		else {
			alert.lastSeen = now * 1_000;
			alert.value = (now - last) / 1e3;
			this.tracker.update(Detector.STALENESS.tag(), alert, check, spacecraft, now, false);
		}
		return true;
	}

	private static Condition silent(Rule rule, long lastData, long checkMicros, long gapMicros) {
		Condition alert = new Condition();
		alert.ruleId = rule.id();
		alert.latching = rule.latching();
		alert.severity = rule.staleness().severity().name();
		alert.episode = (lastData > 0) ? lastData : checkMicros;
		alert.firstSeen = alert.episode;
		alert.lastSeen = checkMicros;
		alert.count = 1;
		alert.value = gapMicros / 1e6;
		alert.threshold = rule.staleness().timeout().toNanos() / 1e9;
		alert.message = "silent for %.1f s, longer than %s".formatted(gapMicros / 1e6, rule.staleness().timeout());
		return alert;
	}

}
