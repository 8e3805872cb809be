package space.orbit.analyzer.rules;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

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
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A detection rule: the parameters (and spacecraft) it covers, and the settings of each "
		+ "detector it turns on; a detector left out is off. At least one detector.")
public record Rule(
		@Schema(description = "The rule's id; in a PUT, absent or the path's",
				example = "prop-tank-pressure") String id,
		@Schema(description = "A parameter name, or a pattern where * matches anything (EPS.*, *.TEMP); "
				+ "* alone also stands for the whole spacecraft (its silence)", example = "PROP.TANK.PRESSURE",
				requiredMode = Schema.RequiredMode.REQUIRED) String parameter,
		@Schema(description = "Only this spacecraft; absent for all", example = "ORB-1") String spacecraftId,
		@Schema(description = "False keeps the rule but ignores it", defaultValue = "true") Boolean enabled,
		@Schema(description = "Alerts stay open after their condition clears, until an operator clears them",
				defaultValue = "false") Boolean latching,
		@Schema(description = "What the rule is for (at most 1000 characters)") String description, Limits limits,
		RateOfChange rateOfChange, Stuck stuck, Staleness staleness, Statistical statistical) {

	public Rule {
		enabled = (enabled != null) ? enabled : Boolean.TRUE;
		latching = (latching != null) ? latching : Boolean.FALSE;
	}

	/** The same rule under another id. */
	public Rule withId(String id) {
		return new Rule(id, this.parameter, this.spacecraftId, this.enabled, this.latching, this.description,
				this.limits, this.rateOfChange, this.stuck, this.staleness, this.statistical);
	}

	/** The same rule, enabled. */
	public Rule asEnabled() {
		return new Rule(this.id, this.parameter, this.spacecraftId, true, this.latching, this.description, this.limits,
				this.rateOfChange, this.stuck, this.staleness, this.statistical);
	}

	/**
	 * Warning and critical limits, each side optional: critical-low < warning-low <
	 * warning-high < critical-high. An alert clears (or drops from critical to warning)
	 * only once the value is {@code hysteresis} inside the limit it crossed.
	 */
	@Schema(name = "RuleLimits", description = "Detector 'limit': warning and critical limits, each optional, "
			+ "criticalLow < warningLow < warningHigh < criticalHigh")
	public record Limits(@Schema(example = "25.5") Double criticalLow, @Schema(example = "26.5") Double warningLow,
			@Schema(example = "29.4") Double warningHigh, @Schema(example = "29.8") Double criticalHigh,
			@Schema(description = "How far inside the limit a value must come back to clear (or drop to warning)",
					defaultValue = "0", example = "0.05") Double hysteresis) {

		public Limits {
			hysteresis = (hysteresis != null) ? hysteresis : 0.0;
		}

	}

	/**
	 * The fastest change allowed, in units per second, measured between samples at least
	 * {@code window} apart (so sensor noise does not look like a fast change). Clears
	 * once the rate is below {@code (1 - hysteresis) x maxPerSecond}.
	 */
	@Schema(name = "RuleRateOfChange", description = "Detector 'rate_of_change': the fastest change allowed")
	public record RateOfChange(
			@Schema(description = "Units per second", example = "1.0",
					requiredMode = Schema.RequiredMode.REQUIRED) Double maxPerSecond,
			@Schema(description = "The least time between the samples compared", type = "string", format = "duration",
					defaultValue = "PT1S", example = "PT1S") Duration window,
			@Schema(description = "Clears below (1 - hysteresis) x maxPerSecond",
					defaultValue = "0.2") Double hysteresis,
			@Schema(defaultValue = "WARNING") Severity severity) {

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
	@Schema(name = "RuleStuck", description = "Detector 'stuck': a value that stays within tolerance of where it "
			+ "was for a number of samples or a duration (at least one of the two)")
	public record Stuck(@Schema(description = "At least 2", example = "5") Integer samples,
			@Schema(type = "string", format = "duration", example = "PT30S") Duration duration,
			@Schema(defaultValue = "0") Double tolerance, @Schema(defaultValue = "WARNING") Severity severity,
			@Schema(description = "The samples must also span this much sample time", type = "string",
					format = "duration", example = "PT3S") Duration minDuration) {

		public Stuck {
			tolerance = (tolerance != null) ? tolerance : 0.0;
			severity = (severity != null) ? severity : Severity.WARNING;
		}

	}

	/**
	 * Silence longer than {@code timeout}: found by a wall-clock check every second, and
	 * when data arrives after a gap in sample time.
	 */
	@Schema(name = "RuleStaleness", description = "Detector 'staleness': silence longer than the timeout")
	public record Staleness(
			@Schema(type = "string", format = "duration", example = "PT3S",
					requiredMode = Schema.RequiredMode.REQUIRED) Duration timeout,
			@Schema(defaultValue = "WARNING") Severity severity) {

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
	@Schema(name = "RuleStatistical",
			description = "Detector 'statistical': EWMA z-score of the value, or of its change")
	public record Statistical(@Schema(defaultValue = "VALUE") Input input,
			@Schema(description = "EWMA weight, in (0, 1]", defaultValue = "0.05") Double alpha,
			@Schema(description = "Samples learnt before judging", defaultValue = "30") Integer warmup,
			@Schema(description = "Outlier beyond this many standard deviations", defaultValue = "4") Double threshold,
			@Schema(description = "Clears when no sample of the window is beyond it",
					defaultValue = "3") Double clearThreshold,
			@Schema(description = "Latest samples considered, 2 to 64", defaultValue = "4") Integer window,
			@Schema(description = "Outliers in the window that raise, at least 2",
					defaultValue = "2") Integer minOutliers,
			@Schema(description = "Floor of the standard deviation", defaultValue = "0") Double minStdDev,
			@Schema(defaultValue = "WARNING") Severity severity) {

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
