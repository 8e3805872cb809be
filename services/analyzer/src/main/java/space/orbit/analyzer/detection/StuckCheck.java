package space.orbit.analyzer.detection;

import space.orbit.analyzer.rules.Rule;

/**
 * A value that does not move: within {@code tolerance} of the first value of the run (or
 * equal, for text) for {@code samples} samples, or for {@code duration} with at least two
 * samples. Clears as soon as the value moves.
 */
final class StuckCheck {

	private StuckCheck() {
	}

	/**
	 * The verdict on one sample: {@code value} if {@code numeric}, else {@code text} (a
	 * boolean as {@code true}/{@code false}).
	 */
	static Verdict check(Rule.Stuck rule, ParameterState state, boolean numeric, double value, String text,
			long timeMicros) {
		boolean same = numeric ? sameNumber(state, value, rule.tolerance())
				: state.stuckText != null && state.stuckText.equals(text);
		if (same) {
			state.stuckCount++;
		}
		else {
			state.stuckNumber = numeric ? value : null;
			state.stuckText = numeric ? null : text;
			state.stuckCount = 1;
			state.stuckSince = timeMicros;
		}
		long elapsedMicros = timeMicros - state.stuckSince;
		boolean bySamples = rule.samples() != null && state.stuckCount >= rule.samples()
				&& (rule.minDuration() == null || elapsedMicros >= rule.minDuration().toNanos() / 1_000);
		boolean byDuration = rule.duration() != null && state.stuckCount >= 2
				&& elapsedMicros >= rule.duration().toNanos() / 1_000;
		if (!bySamples && !byDuration) {
			return Verdict.NOMINAL;
		}
		Double number = state.stuckNumber;
		String what = (number != null) ? number.toString() : state.stuckText;
		return Verdict.violation(rule.severity(), null, (number != null) ? number - rule.tolerance() : null,
				(number != null) ? number + rule.tolerance() : null, "unchanged at %s for %d samples over %.3f s"
					.formatted(what, state.stuckCount, (timeMicros - state.stuckSince) / 1e6));
	}

	private static boolean sameNumber(ParameterState state, double value, double tolerance) {
		return state.stuckNumber != null && Math.abs(value - state.stuckNumber) <= tolerance;
	}

}
