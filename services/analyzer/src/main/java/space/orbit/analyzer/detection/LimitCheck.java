package space.orbit.analyzer.detection;

import space.orbit.analyzer.Severity;
import space.orbit.analyzer.rules.Rule;

/**
 * Static limits with hysteresis: escalation is immediate; an alert drops from critical to
 * warning, or clears, only once the value is {@code hysteresis} inside the limit.
 */
final class LimitCheck {

	private LimitCheck() {
	}

	static Verdict check(Rule.Limits limits, double value, Severity current) {
		Severity raw = level(limits, value, 0);
		Severity level = raw;
		if (current != null && (raw == null || raw.compareTo(current) < 0)) {
			Severity relaxed = level(limits, value, limits.hysteresis());
			level = Severity.max(raw, (relaxed != null && relaxed.compareTo(current) > 0) ? current : relaxed);
		}
		if (level == null) {
			return Verdict.NOMINAL;
		}
		boolean critical = level == Severity.CRITICAL;
		Double low = critical ? first(limits.criticalLow(), limits.warningLow()) : first(limits.warningLow(), null);
		Double high = critical ? first(limits.criticalHigh(), limits.warningHigh()) : first(limits.warningHigh(), null);
		boolean below = low != null && value < low + ((raw == level) ? 0 : limits.hysteresis());
		Double threshold = below ? low : high;
		String message = "%s %s %s limit %s".formatted(value, below ? "below" : "above", level.name().toLowerCase(),
				threshold);
		return Verdict.violation(level, threshold, critical ? low : limits.warningLow(),
				critical ? high : limits.warningHigh(), message);
	}

	/** The level of a value with the limits pulled {@code margin} inwards. */
	private static Severity level(Rule.Limits limits, double value, double margin) {
		if (beyondLow(limits.criticalLow(), value, margin) || beyondHigh(limits.criticalHigh(), value, margin)) {
			return Severity.CRITICAL;
		}
		if (beyondLow(limits.warningLow(), value, margin) || beyondHigh(limits.warningHigh(), value, margin)) {
			return Severity.WARNING;
		}
		return null;
	}

	private static boolean beyondLow(Double limit, double value, double margin) {
		return limit != null && value < limit + margin;
	}

	private static boolean beyondHigh(Double limit, double value, double margin) {
		return limit != null && value > limit - margin;
	}

	private static Double first(Double a, Double b) {
		return (a != null) ? a : b;
	}

}
