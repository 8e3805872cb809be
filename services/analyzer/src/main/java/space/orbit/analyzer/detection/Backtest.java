package space.orbit.analyzer.detection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.analyzer.rules.Rule;
import space.orbit.analyzer.rules.RuleBook;

/**
 * One rule replayed over past samples through the detectors the live topology runs
 * ({@link SampleAnalyzer}, {@link SilenceCheck}, {@link ConditionTracker}), from fresh
 * state, as if it were enabled and the only rule: the alert events it would have sent.
 * Sample time stands for the wall clock (update interval, storm window). Nothing leaves
 * it: no topic, no metric of the live topology, no span.
 */
public final class Backtest {

	private final RuleBook book;

	private final SampleAnalyzer analyzer;

	private final SilenceCheck silence;

	private final List<AlertEvent> events = new ArrayList<>();

	private final Map<String, SpacecraftState> fleet = new HashMap<>();

	private final Map<String, Map<String, ParameterState>> parameters = new HashMap<>();

	private final Sample sample = new Sample();

	private long samples;

	public Backtest(Rule rule, DetectionSettings settings) {
		this.book = new RuleBook(List.of(rule.asEnabled()));
		DetectionMetrics metrics = new DetectionMetrics(new SimpleMeterRegistry());
		AlertEmitter emitter = new AlertEmitter((event, traceparent, now) -> this.events.add(event), AlertTracing.NONE,
				metrics);
		ConditionTracker tracker = new ConditionTracker(emitter, settings, metrics);
		this.analyzer = new SampleAnalyzer(tracker);
		this.silence = new SilenceCheck(tracker, settings);
	}

	/**
	 * One frame of a spacecraft: its samples of the parameters read. Each spacecraft's
	 * frames must come in time order.
	 * @param spacecraftId the spacecraft
	 * @param time the frame's timestamp
	 * @param values the frame's samples by parameter
	 */
	public void frame(String spacecraftId, Instant time, Map<String, Object> values) {
		long micros = time.getEpochSecond() * 1_000_000L + time.getNano() / 1_000;
		long now = time.toEpochMilli();
		SpacecraftState spacecraft = this.fleet.computeIfAbsent(spacecraftId, id -> new SpacecraftState());
		Map<String, ParameterState> states = this.parameters.computeIfAbsent(spacecraftId, id -> new HashMap<>());
		Sample sample = this.sample.record(spacecraftId, null, null, 0);
		sample.frame(micros);
		values.forEach((parameter, value) -> {
			ParameterState state = states.computeIfAbsent(parameter, name -> new ParameterState());
			sample.set(parameter, value);
			this.analyzer.analyze(state, this.book.resolve(spacecraftId, parameter), sample, spacecraft, now);
			state.lastArrival = now;
			this.samples++;
		});
		spacecraft.lastTime = micros;
		spacecraft.lastArrival = now;
		if (micros - spacecraft.lastSilenceScan >= 1_000_000) {
			spacecraft.lastSilenceScan = micros;
			states.forEach((parameter, state) -> {
				if (!values.containsKey(parameter)) {
					this.silence.missing(parameter, state, micros, spacecraft, this.book,
							sample.observation(null, null), now);
				}
			});
		}
	}

	/** Samples replayed so far. */
	public long samples() {
		return this.samples;
	}

	/** The alert events the rule sent, in order. */
	public List<AlertEvent> events() {
		return List.copyOf(this.events);
	}

}
