package space.orbit.analyzer.detection;

import space.orbit.analyzer.Severity;
import space.orbit.analyzer.rules.Rule;
import space.orbit.analyzer.rules.RuleBook.AppliedRules;

/**
 * Runs every detector a parameter's rules turn on over one of its samples, in sample
 * time. A sample that arrives clears the parameter's staleness; a condition whose rule
 * was removed or disabled clears too. The sample comes as primitives ({@link Sample}); an
 * {@link Observation} is made only for a verdict that changes a condition.
 */
final class SampleAnalyzer {

	private final ConditionTracker tracker;

	SampleAnalyzer(ConditionTracker tracker) {
		this.tracker = tracker;
	}

	void analyze(ParameterState state, AppliedRules rules, Sample sample, SpacecraftState spacecraft, long now) {
		boolean numeric = sample.numeric();
		double x = sample.number();
		if (state.alerts.containsKey(Detector.STALENESS.tag())) {
			apply(state, Detector.STALENESS, rules.staleness(), Verdict.NOMINAL, sample, spacecraft, now);
		}
		Rule limits = rules.limits();
		if (numeric && limits != null) {
			Severity current = severity(state, Detector.LIMIT);
			apply(state, Detector.LIMIT, limits, LimitCheck.check(limits.limits(), x, current), sample, spacecraft,
					now);
		}
		Rule rate = rules.rateOfChange();
		if (numeric && rate != null) {
			boolean active = state.alerts.containsKey(Detector.RATE_OF_CHANGE.tag());
			apply(state, Detector.RATE_OF_CHANGE, rate,
					RateCheck.check(rate.rateOfChange(), state, x, sample.timeMicros(), active), sample, spacecraft,
					now);
		}
		Rule stuck = rules.stuck();
		if (stuck != null) {
			apply(state, Detector.STUCK, stuck,
					StuckCheck.check(stuck.stuck(), state, numeric, x, sample.text(), sample.timeMicros()), sample,
					spacecraft, now);
		}
		Rule statistical = rules.statistical();
		if (numeric && statistical != null) {
			boolean active = state.alerts.containsKey(Detector.STATISTICAL.tag());
			apply(state, Detector.STATISTICAL, statistical,
					StatisticalCheck.check(statistical.statistical(), state, x, active), sample, spacecraft, now);
		}
		if (!state.alerts.isEmpty()) {
			clearOrphans(state, rules, sample, spacecraft, now);
		}
		state.lastTime = sample.timeMicros();
	}

	/**
	 * Hands a verdict to the tracker, with the sample as an {@link Observation}, unless
	 * it changes nothing: a HOLD, or NOMINAL with no condition open (the usual case,
	 * which so allocates nothing).
	 */
	private void apply(ParameterState state, Detector detector, Rule rule, Verdict verdict, Sample sample,
			SpacecraftState spacecraft, long now) {
		if (verdict.kind() == Verdict.Kind.HOLD
				|| (verdict.kind() == Verdict.Kind.NOMINAL && !state.alerts.containsKey(detector.tag()))) {
			return;
		}
		this.tracker.apply(state.alerts, detector.tag(), rule, verdict, sample.observation(), spacecraft, now);
	}

	/** Conditions whose detector no rule turns on any more. */
	private void clearOrphans(ParameterState state, AppliedRules rules, Sample sample, SpacecraftState spacecraft,
			long now) {
		for (Detector detector : Detector.values()) {
			if (state.alerts.containsKey(detector.tag()) && rule(rules, detector) == null) {
				apply(state, detector, null, Verdict.NOMINAL, sample, spacecraft, now);
			}
		}
	}

	static Rule rule(AppliedRules rules, Detector detector) {
		return switch (detector) {
			case LIMIT -> rules.limits();
			case RATE_OF_CHANGE -> rules.rateOfChange();
			case STUCK -> rules.stuck();
			case STALENESS -> rules.staleness();
			case STATISTICAL -> rules.statistical();
		};
	}

	private static Severity severity(ParameterState state, Detector detector) {
		Condition alert = state.alerts.get(detector.tag());
		return (alert != null) ? Severity.valueOf(alert.severity) : null;
	}

}
