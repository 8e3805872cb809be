package space.orbit.analyzer.detection;

import java.time.Duration;

import space.orbit.analyzer.Severity;
import space.orbit.analyzer.rules.Rule;

/** Rules for topology tests, one detector each. */
final class TestRules {

	private TestRules() {
	}

	static Rule limits(String id, String parameter, Double criticalLow, Double warningLow, Double warningHigh,
			Double criticalHigh, double hysteresis) {
		return new Rule(id, parameter, null, true, false, null,
				new Rule.Limits(criticalLow, warningLow, warningHigh, criticalHigh, hysteresis), null, null, null,
				null);
	}

	static Rule battery() {
		return limits("battery", "EPS.BATTERY.VOLTAGE", 25.5, 26.5, 29.4, 29.8, 0.1);
	}

	static Rule rate(String id, String parameter, double maxPerSecond) {
		return new Rule(id, parameter, null, true, false, null, null,
				new Rule.RateOfChange(maxPerSecond, Duration.ofSeconds(1), 0.2, Severity.WARNING), null, null, null);
	}

	static Rule stuck(String id, String parameter, Integer samples, Duration duration) {
		return new Rule(id, parameter, null, true, false, null, null, null,
				new Rule.Stuck(samples, duration, 0.0, Severity.WARNING, null), null, null);
	}

	static Rule staleness(String id, String parameter, Duration timeout, Severity severity) {
		return new Rule(id, parameter, null, true, false, null, null, null, null, new Rule.Staleness(timeout, severity),
				null);
	}

	static Rule statistical(String id, String parameter) {
		return statistical(id, parameter, Rule.Statistical.Input.VALUE);
	}

	static Rule statistical(String id, String parameter, Rule.Statistical.Input input) {
		return new Rule(id, parameter, null, true, false, null, null, null, null, null,
				new Rule.Statistical(input, 0.05, 30, 4.0, 3.0, 4, 2, 0.0, Severity.WARNING));
	}

}
