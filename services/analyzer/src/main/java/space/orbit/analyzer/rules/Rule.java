package space.orbit.analyzer.rules;

import java.time.Duration;

import space.orbit.analyzer.Severity;

/**
 * A detection rule: which parameters (and spacecraft) it covers and the settings of each
 * detector it turns on; a detector whose settings are null is off. This is the body of
 * {@code PUT /api/v1/rules/{id}} and the value published to {@code orbit.rules.v1}.
 *
 * @param id stable id, lower-case ({@code eps-battery-voltage})
 * @param parameter a parameter name ({@code EPS.BATTERY.VOLTAGE}) or a pattern where
 * {@code *} matches any characters ({@code EPS.*}, {@code *.TEMP}, {@code *})
 * @param spacecraftId only this spacecraft; null for all
 * @param enabled false keeps the rule but ignores it
 * @param latching alerts stay open after their condition clears, until an operator clears
 * them
 * @param description what the rule is for
 * @param limits warning and critical limits
 * @param rateOfChange the fastest change allowed
 * @param stuck how long a value may stay exactly the same
 * @param staleness how long a parameter (or, for the pattern {@code *}, the whole
 * spacecraft) may stay silent
 * @param statistical EWMA z-score settings
 */
public record Rule(String id, String parameter, String spacecraftId, Boolean enabled, Boolean latching,
		String description, Limits limits, RateOfChange rateOfChange, Stuck stuck, Staleness staleness,
		Statistical statistical) {

	public Rule {
		enabled = (enabled != null) ? enabled : Boolean.TRUE;
		latching = (latching != null) ? latching : Boolean.FALSE;
	}

	/** The same rule under another id. */
	public Rule withId(String id) {
		return new Rule(id, this.parameter, this.spacecraftId, this.enabled, this.latching, this.description,
				this.limits, this.rateOfChange, this.stuck, this.staleness, this.statistical);
	}

	/**
	 * Warning and critical limits, each side optional: critical-low < warning-low <
	 * warning-high < critical-high. An alert clears (or drops from critical to warning)
	 * only once the value is {@code hysteresis} inside the limit it crossed.
	 */
	public record Limits(Double criticalLow, Double warningLow, Double warningHigh, Double criticalHigh,
			Double hysteresis) {

		public Limits {
			hysteresis = (hysteresis != null) ? hysteresis : 0.0;
		}

	}

	/**
	 * The fastest change allowed, in units per second, measured between samples at least
	 * {@code window} apart (so sensor noise does not look like a fast change). Clears
	 * once the rate is below {@code (1 - hysteresis) x maxPerSecond}.
	 */
	public record RateOfChange(Double maxPerSecond, Duration window, Double hysteresis, Severity severity) {

		public RateOfChange {
			window = (window != null) ? window : Duration.ofSeconds(1);
			hysteresis = (hysteresis != null) ? hysteresis : 0.2;
			severity = (severity != null) ? severity : Severity.WARNING;
		}

	}

	/**
	 * A value that stays within {@code tolerance} of where it was for {@code samples}
	 * samples, or (with at least two samples) for {@code duration}; either may be null,
	 * not both. {@code minDuration} (optional) makes the {@code samples} test also need
	 * that much sample time: a smooth signal sampled faster than it moves by its
	 * resolution repeats without being stuck.
	 */
	public record Stuck(Integer samples, Duration duration, Double tolerance, Severity severity, Duration minDuration) {

		public Stuck {
			tolerance = (tolerance != null) ? tolerance : 0.0;
			severity = (severity != null) ? severity : Severity.WARNING;
		}

	}

	/**
	 * Silence longer than {@code timeout}: found by a wall-clock check every second, and
	 * when data arrives after a gap in sample time.
	 */
	public record Staleness(Duration timeout, Severity severity) {

		public Staleness {
			severity = (severity != null) ? severity : Severity.WARNING;
		}

	}

	/**
	 * An EWMA of the mean and variance (weight {@code alpha}) of the value, or of its
	 * change from the previous sample ({@code input} CHANGE: trends and steps then do not
	 * look anomalous, noise does); after {@code warmup} samples, a sample is an outlier
	 * when its z-score exceeds {@code threshold}. At least {@code minOutliers} (2 or
	 * more) of the last {@code window} samples must be outliers to raise, so one outlier
	 * never does; outliers enter the averages clipped. Clears once no sample of the last
	 * {@code window} exceeds {@code clearThreshold}.
	 */
	public record Statistical(Input input, Double alpha, Integer warmup, Double threshold, Double clearThreshold,
			Integer window, Integer minOutliers, Double minStdDev, Severity severity) {

		/** What the statistics are of. */
		public enum Input {

			/** The value itself: for parameters that hold steady. */
			VALUE,
			/** The change from the previous sample: for parameters that trend or step. */
			CHANGE

		}

		public Statistical {
			input = (input != null) ? input : Input.VALUE;
			alpha = (alpha != null) ? alpha : 0.05;
			warmup = (warmup != null) ? warmup : 30;
			threshold = (threshold != null) ? threshold : 4.0;
			clearThreshold = (clearThreshold != null) ? clearThreshold : 3.0;
			window = (window != null) ? window : 4;
			minOutliers = (minOutliers != null) ? minOutliers : 2;
			minStdDev = (minStdDev != null) ? minStdDev : 0.0;
			severity = (severity != null) ? severity : Severity.WARNING;
		}

	}

}
