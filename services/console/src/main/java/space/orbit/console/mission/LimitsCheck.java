package space.orbit.console.mission;

import java.util.LinkedHashMap;
import java.util.Map;

import space.orbit.console.mission.MissionRecords.Limits;

/**
 * The processor's rule for limits, checked before sending: each present limit finite and
 * criticalLow <= warningLow <= warningHigh <= criticalHigh among those present (any may
 * be absent: one-sided limits); a hysteresis finite, not negative, and only with a limit.
 */
final class LimitsCheck {

	static final String[] NAMES = { "criticalLow", "warningLow", "warningHigh", "criticalHigh" };

	/** The hysteresis field's name, as the processor's pointer /limits/hysteresis. */
	static final String HYSTERESIS = "hysteresis";

	private LimitsCheck() {
	}

	/** What is wrong, by limit name; empty when the limits are valid. */
	static Map<String, String> problems(Limits limits) {
		Double[] values = { limits.criticalLow(), limits.warningLow(), limits.warningHigh(), limits.criticalHigh() };
		Map<String, String> problems = new LinkedHashMap<>();
		int previous = -1;
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null) {
				continue;
			}
			if (!Double.isFinite(values[i])) {
				problems.put(NAMES[i], "A limit must be a finite number.");
				continue;
			}
			if (previous >= 0 && values[previous] > values[i]) {
				problems.put(NAMES[i], label(NAMES[i]) + " (" + values[i] + ") is below " + label(NAMES[previous])
						+ " (" + values[previous] + ")");
			}
			previous = i;
		}
		Double hysteresis = limits.hysteresis();
		if (hysteresis != null) {
			if (!Double.isFinite(hysteresis) || hysteresis < 0) {
				problems.put(HYSTERESIS, "A hysteresis is a finite number, 0 or more.");
			}
			else if (limits.empty()) {
				problems.put(HYSTERESIS, "A hysteresis applies to a limit: set one, or leave it empty.");
			}
		}
		return problems;
	}

	static String label(String name) {
		return switch (name) {
			case "criticalLow" -> "Critical low";
			case "warningLow" -> "Warning low";
			case "warningHigh" -> "Warning high";
			case "criticalHigh" -> "Critical high";
			case HYSTERESIS -> "Hysteresis";
			default -> name;
		};
	}

}
