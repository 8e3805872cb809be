package space.orbit.analyzer.detection;

import space.orbit.analyzer.rules.Rule;
import space.orbit.analyzer.rules.Rule.Statistical.Input;

/**
 * EWMA mean and variance with a z-score, of the value or of its change. During the
 * warm-up the averages learn (with the weight of a plain average at first, so they settle
 * fast) and nothing is judged. Then a sample whose z-score exceeds the threshold is an
 * outlier; a violation needs {@code minOutliers} of the last {@code window} samples to be
 * outliers, so one outlier never raises; outliers enter the averages clipped to the clear
 * threshold, so one outlier barely moves them. A deviation beyond five thresholds is a
 * step or a spike, not noise: it is not counted. Of the change, a spike shows as two
 * outliers of opposite signs, the second undoing at least 3/4 of the first: they count as
 * one. An active alert clears once none of the last {@code window} samples exceeds the
 * clear threshold.
 */
final class StatisticalCheck {

	/**
	 * Beyond this many thresholds a deviation is a step or a spike (a mode change, a
	 * fault), which the limit and rate detectors judge; noise, even ten times the usual,
	 * seldom gets there.
	 */
	private static final double STEP = 5;

	/** What may remain of a jump after the jump back for the pair to be one spike. */
	private static final double SPIKE_RETURN = 0.25;

	private StatisticalCheck() {
	}

	static Verdict check(Rule.Statistical rule, ParameterState state, double sample, boolean active) {
		boolean change = rule.input() == Input.CHANGE;
		Double before = state.previous;
		Double beforeThat = state.previous2;
		if (change) {
			state.previous2 = before;
			state.previous = sample;
			if (before == null) {
				return Verdict.HOLD;
			}
		}
		double value = change ? sample - before : sample;
		if (state.samples < rule.warmup()) {
			learn(state, value, Math.max(rule.alpha(), 1.0 / (state.samples + 1)));
			state.samples++;
			return Verdict.HOLD;
		}
		double std = Math.max(Math.sqrt(state.variance), Math.max(rule.minStdDev(), 1e-12));
		double z = (value - state.mean) / std;
		boolean outlier = Math.abs(z) > rule.threshold() && Math.abs(z) <= STEP * rule.threshold();
		int sign = (Math.abs(z) > rule.threshold()) ? (int) Math.signum(z) : 0;
		if (outlier && change && state.outlierSign == -sign && beforeThat != null
				&& Math.abs(sample - beforeThat - 2 * state.mean) <= SPIKE_RETURN * Math.abs(value - state.mean)) {
			outlier = false;
		}
		state.outlierSign = sign;
		long mask = (rule.window() >= 64) ? -1L : (1L << rule.window()) - 1;
		state.outliers = ((state.outliers << 1) | (outlier ? 1 : 0)) & mask;
		state.aboveClear = ((state.aboveClear << 1) | (Math.abs(z) > rule.clearThreshold() ? 1 : 0)) & mask;
		double low = state.mean - rule.threshold() * std;
		double high = state.mean + rule.threshold() * std;
		double clip = rule.clearThreshold() * std;
		learn(state, Math.clamp(value, state.mean - clip, state.mean + clip), rule.alpha());
		state.samples++;
		int outliers = Long.bitCount(state.outliers);
		if (outliers >= rule.minOutliers()) {
			double base = change ? before : 0;
			return Verdict.violation(rule.severity(), rule.threshold(), base + low, base + high,
					"z-score %.1f of the %s; %d of the last %d samples beyond %s standard deviations".formatted(z,
							change ? "change" : "value", outliers, rule.window(), rule.threshold()));
		}
		if (active && state.aboveClear != 0) {
			return Verdict.HOLD;
		}
		return Verdict.NOMINAL;
	}

	/** One EWMA step of the mean and variance (West's incremental form). */
	private static void learn(ParameterState state, double value, double alpha) {
		double diff = value - state.mean;
		double increment = alpha * diff;
		state.mean += increment;
		state.variance = (1 - alpha) * (state.variance + diff * increment);
	}

}
