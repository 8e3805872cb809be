package space.orbit.analyzer.detection;

import space.orbit.analyzer.rules.Rule;

/**
 * Rate of change between samples at least {@code window} apart (a reference sample is
 * kept until then), so sensor noise between close samples does not read as a fast change.
 * Clears below {@code (1 - hysteresis) x maxPerSecond}.
 */
final class RateCheck {

	private RateCheck() {
	}

	static Verdict check(Rule.RateOfChange rule, ParameterState state, double value, long timeMicros, boolean active) {
		if (state.rateTime == 0 || timeMicros < state.rateTime) {
			state.rateValue = value;
			state.rateTime = timeMicros;
			return Verdict.HOLD;
		}
		long elapsed = timeMicros - state.rateTime;
		if (elapsed < rule.window().toNanos() / 1_000) {
			return Verdict.HOLD;
		}
		double rate = (value - state.rateValue) / (elapsed / 1e6);
		state.rateValue = value;
		state.rateTime = timeMicros;
		double max = rule.maxPerSecond();
		double magnitude = Math.abs(rate);
		if (magnitude > max) {
			return Verdict.violation(rule.severity(), max, -max, max,
					"changing at %.6g/s, faster than %s/s".formatted(rate, max));
		}
		if (active && magnitude > max * (1 - rule.hysteresis())) {
			return Verdict.HOLD;
		}
		return Verdict.NOMINAL;
	}

}
