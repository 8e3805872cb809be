package space.orbit.analyzer.detection;

import space.orbit.analyzer.Severity;
import space.orbit.analyzer.rules.Rule;
import space.orbit.analyzer.rules.RuleBook.AppliedRules;

/**
 * Runs every detector a parameter's rules turn on over one of its samples, in sample
 * time. A sample that arrives clears the parameter's staleness; a condition whose rule
 * was removed or disabled clears too.
 */
final class SampleAnalyzer {

	private final ConditionTracker tracker;

	SampleAnalyzer(ConditionTracker tracker) {
		this.tracker = tracker;
	}

	void analyze(ParameterState state, AppliedRules rules, Observation seen, SpacecraftState spacecraft, long now) {
		Object value = seen.value();
		boolean numeric = value instanceof Number;
		double x = numeric ? ((Number) value).doubleValue() : Double.NaN;
		if (state.alerts.containsKey(Detector.STALENESS.tag())) {
			apply(state, Detector.STALENESS, rules.staleness(), Verdict.NOMINAL, seen, spacecraft, now);
		}
		Rule limits = rules.limits();
		if (numeric && limits != null) {
			Severity current = severity(state, Detector.LIMIT);
			apply(state, Detector.LIMIT, limits, LimitCheck.check(limits.limits(), x, current), seen, spacecraft, now);
		}
		Rule rate = rules.rateOfChange();
		if (numeric && rate != null) {
			boolean active = state.alerts.containsKey(Detector.RATE_OF_CHANGE.tag());
			apply(state, Detector.RATE_OF_CHANGE, rate,
					RateCheck.check(rate.rateOfChange(), state, x, seen.timeMicros(), active), seen, spacecraft, now);
		}
		Rule stuck = rules.stuck();
		if (stuck != null) {
			apply(state, Detector.STUCK, stuck, StuckCheck.check(stuck.stuck(), state, value, seen.timeMicros()), seen,
					spacecraft, now);
		}
		Rule statistical = rules.statistical();
		if (numeric && statistical != null) {
			boolean active = state.alerts.containsKey(Detector.STATISTICAL.tag());
			apply(state, Detector.STATISTICAL, statistical,
					StatisticalCheck.check(statistical.statistical(), state, x, active), seen, spacecraft, now);
		}
		if (!state.alerts.isEmpty()) {
			clearOrphans(state, rules, seen, spacecraft, now);
		}
		state.lastTime = seen.timeMicros();
	}

	private void apply(ParameterState state, Detector detector, Rule rule, Verdict verdict, Observation seen,
			SpacecraftState spacecraft, long now) {
		this.tracker.apply(state.alerts, detector.tag(), rule, verdict, seen, spacecraft, now);
	}

	/** Conditions whose detector no rule turns on any more. */
	private void clearOrphans(ParameterState state, AppliedRules rules, Observation seen, SpacecraftState spacecraft,
			long now) {
		for (Detector detector : Detector.values()) {
			if (state.alerts.containsKey(detector.tag()) && rule(rules, detector) == null) {
				apply(state, detector, null, Verdict.NOMINAL, seen, spacecraft, now);
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
