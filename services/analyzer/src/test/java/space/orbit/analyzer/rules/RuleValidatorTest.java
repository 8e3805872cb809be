package space.orbit.analyzer.rules;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import space.orbit.analyzer.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes a rule valid. */
class RuleValidatorTest {

	private static final Rule.Limits LIMITS = new Rule.Limits(25.5, 26.5, 29.4, 29.8, 0.1);

	@Test
	void aCompleteRuleIsValid() {
		Rule rule = new Rule("battery", "EPS.BATTERY.*", "ORB-1", true, true, "battery", LIMITS,
				new Rule.RateOfChange(1.0, Duration.ofSeconds(1), 0.2, Severity.WARNING),
				new Rule.Stuck(5, Duration.ofSeconds(10), 0.0, null, Duration.ofSeconds(4)),
				new Rule.Staleness(Duration.ofSeconds(3), null),
				new Rule.Statistical(null, null, null, null, null, null, null, null, null));

		assertThat(RuleValidator.check(rule)).isEmpty();
	}

	@Test
	void limitsMustBeOrderedCriticalLowWarningLowWarningHighCriticalHigh() {
		Rule rule = rule(new Rule.Limits(26.5, 25.5, 29.4, 29.0, -1.0));

		assertThat(RuleValidator.check(rule)).extracting(RuleViolation::pointer)
			.containsExactly("/limits/warningLow", "/limits/criticalHigh", "/limits/hysteresis");
	}

	@Test
	void oneSidedLimitsAreFineButNoLimitAtAllIsNot() {
		assertThat(RuleValidator.check(rule(new Rule.Limits(null, null, 11.0, 12.0, null)))).isEmpty();
		assertThat(RuleValidator.check(rule(new Rule.Limits(null, null, null, null, null))))
			.extracting(RuleViolation::pointer)
			.containsExactly("/limits");
	}

	@Test
	void idsPatternsAndDetectorsAreChecked() {
		Rule rule = new Rule("Bad Id", "EPS BATTERY", "-x", true, false, null, null, null, null, null, null);

		assertThat(RuleValidator.check(rule)).extracting(RuleViolation::pointer)
			.containsExactly("/id", "/parameter", "/spacecraftId", "/limits");
	}

	@Test
	void windowsMustBePositiveAndStatisticsSane() {
		Rule rule = new Rule("x", "X.Y", null, true, false, null, null,
				new Rule.RateOfChange(0.0, Duration.ZERO, 1.0, null),
				new Rule.Stuck(1, null, null, null, Duration.ZERO), new Rule.Staleness(Duration.ofSeconds(-1), null),
				new Rule.Statistical(null, 1.5, 1, 4.0, 5.0, 4, 1, -1.0, null));

		assertThat(RuleValidator.check(rule)).extracting(RuleViolation::pointer)
			.containsExactly("/rateOfChange/maxPerSecond", "/rateOfChange/window", "/rateOfChange/hysteresis",
					"/stuck/samples", "/stuck/minDuration", "/staleness/timeout", "/statistical/alpha",
					"/statistical/warmup", "/statistical/clearThreshold", "/statistical/minOutliers",
					"/statistical/minStdDev");
	}

	@Test
	void aMinimumDurationQualifiesASampleCount() {
		Rule rule = new Rule("x", "X.Y", null, true, false, null, null, null,
				new Rule.Stuck(null, Duration.ofSeconds(5), 0.0, null, Duration.ofSeconds(3)), null, null);

		assertThat(RuleValidator.check(rule)).extracting(RuleViolation::pointer).containsExactly("/stuck/minDuration");
	}

	private static Rule rule(Rule.Limits limits) {
		return new Rule("battery", "EPS.BATTERY.VOLTAGE", null, null, null, null, limits, null, null, null, null);
	}

}
