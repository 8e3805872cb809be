package space.orbit.analyzer.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import space.orbit.kit.web.InvalidRequestException;
import space.orbit.kit.web.ProblemError;

/**
 * Checks a rule before it is stored or applied: ids and patterns well formed, limits
 * ordered, windows positive, statistical settings in range, at least one detector.
 */
public final class RuleValidator {

	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	static final Pattern PARAMETER = Pattern.compile("[A-Za-z0-9_.*]{1,128}");

	static final Pattern SPACECRAFT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

	private RuleValidator() {
	}

	/**
	 * The 422 that lists these violations (not empty), their pointers under
	 * {@code prefix}: empty for a rule that is the body, {@code /rule} for one inside it.
	 */
	public static InvalidRequestException invalid(String prefix, List<RuleViolation> violations) {
		RuleViolation first = violations.get(0);
		String more = (violations.size() > 1) ? " (and " + (violations.size() - 1) + " more: see 'errors')" : "";
		return new InvalidRequestException(
				"The rule is invalid at '" + prefix + first.pointer() + "': " + first.detail() + more + ".",
				violations.stream().map(v -> ProblemError.at(prefix + v.pointer(), v.detail())).toList());
	}

	/** Everything wrong with the rule; empty when it is valid. */
	public static List<RuleViolation> check(Rule rule) {
		List<RuleViolation> errors = new ArrayList<>();
		if (rule.id() == null || !ID.matcher(rule.id()).matches()) {
			errors.add(new RuleViolation("/id", "must be 1-64 lower-case letters, digits, '.', '_' or '-'"));
		}
		if (rule.parameter() == null || !PARAMETER.matcher(rule.parameter()).matches()) {
			errors.add(new RuleViolation("/parameter",
					"must be a parameter name or a pattern of letters, digits, '_', '.' and '*' (at most 128)"));
		}
		if (rule.spacecraftId() != null && !SPACECRAFT.matcher(rule.spacecraftId()).matches()) {
			errors.add(new RuleViolation("/spacecraftId", "must be a spacecraft id or absent"));
		}
		if (rule.limits() == null && rule.rateOfChange() == null && rule.stuck() == null && rule.staleness() == null
				&& rule.statistical() == null) {
			errors.add(new RuleViolation("/limits",
					"a rule needs at least one detector " + "(limits, rateOfChange, stuck, staleness, statistical)"));
		}
		if (rule.description() != null && rule.description().length() > 1_000) {
			errors.add(new RuleViolation("/description", "must be at most 1000 characters"));
		}
		limits(rule.limits(), errors);
		rateOfChange(rule.rateOfChange(), errors);
		stuck(rule.stuck(), errors);
		staleness(rule.staleness(), errors);
		statistical(rule.statistical(), errors);
		return errors;
	}

	private static void limits(Rule.Limits limits, List<RuleViolation> errors) {
		if (limits == null) {
			return;
		}
		Double[] ordered = { limits.criticalLow(), limits.warningLow(), limits.warningHigh(), limits.criticalHigh() };
		String[] names = { "criticalLow", "warningLow", "warningHigh", "criticalHigh" };
		int present = 0;
		Double previous = null;
		String previousName = null;
		for (int i = 0; i < ordered.length; i++) {
			if (ordered[i] == null) {
				continue;
			}
			present++;
			if (!Double.isFinite(ordered[i])) {
				errors.add(new RuleViolation("/limits/" + names[i], "must be a finite number"));
			}
			else if (previous != null && !(previous < ordered[i])) {
				errors.add(new RuleViolation("/limits/" + names[i], "must be greater than " + previousName
						+ " (criticalLow < warningLow < warningHigh < criticalHigh)"));
			}
			previous = ordered[i];
			previousName = names[i];
		}
		if (present == 0) {
			errors.add(new RuleViolation("/limits", "must give at least one limit"));
		}
		if (!(limits.hysteresis() >= 0) || !Double.isFinite(limits.hysteresis())) {
			errors.add(new RuleViolation("/limits/hysteresis", "must be zero or positive"));
		}
	}

	private static void rateOfChange(Rule.RateOfChange rate, List<RuleViolation> errors) {
		if (rate == null) {
			return;
		}
		if (rate.maxPerSecond() == null || !(rate.maxPerSecond() > 0) || rate.maxPerSecond().isInfinite()) {
			errors.add(new RuleViolation("/rateOfChange/maxPerSecond", "must be a positive number"));
		}
		positive(rate.window(), "/rateOfChange/window", errors);
		if (!(rate.hysteresis() >= 0 && rate.hysteresis() < 1)) {
			errors.add(new RuleViolation("/rateOfChange/hysteresis", "must be at least 0 and less than 1"));
		}
	}

	private static void stuck(Rule.Stuck stuck, List<RuleViolation> errors) {
		if (stuck == null) {
			return;
		}
		if (stuck.samples() == null && stuck.duration() == null) {
			errors.add(new RuleViolation("/stuck", "needs samples, duration or both"));
		}
		if (stuck.samples() != null && stuck.samples() < 2) {
			errors.add(new RuleViolation("/stuck/samples", "must be at least 2"));
		}
		if (stuck.duration() != null) {
			positive(stuck.duration(), "/stuck/duration", errors);
		}
		if (stuck.minDuration() != null) {
			positive(stuck.minDuration(), "/stuck/minDuration", errors);
			if (stuck.samples() == null) {
				errors.add(new RuleViolation("/stuck/minDuration", "qualifies samples: set samples too"));
			}
		}
		if (!(stuck.tolerance() >= 0) || stuck.tolerance().isInfinite()) {
			errors.add(new RuleViolation("/stuck/tolerance", "must be zero or positive"));
		}
	}

	private static void staleness(Rule.Staleness staleness, List<RuleViolation> errors) {
		if (staleness != null) {
			positive(staleness.timeout(), "/staleness/timeout", errors);
		}
	}

	private static void statistical(Rule.Statistical stat, List<RuleViolation> errors) {
		if (stat == null) {
			return;
		}
		if (!(stat.alpha() > 0 && stat.alpha() <= 1)) {
			errors.add(new RuleViolation("/statistical/alpha", "must be in (0, 1]"));
		}
		if (stat.warmup() < 2) {
			errors.add(new RuleViolation("/statistical/warmup", "must be at least 2"));
		}
		if (!(stat.threshold() > 0) || stat.threshold().isInfinite()) {
			errors.add(new RuleViolation("/statistical/threshold", "must be a positive number"));
		}
		if (!(stat.clearThreshold() > 0 && stat.clearThreshold() <= stat.threshold())) {
			errors.add(new RuleViolation("/statistical/clearThreshold", "must be positive and at most threshold"));
		}
		if (stat.window() < 2 || stat.window() > 64) {
			errors.add(new RuleViolation("/statistical/window", "must be between 2 and 64"));
		}
		if (stat.minOutliers() < 2 || stat.minOutliers() > stat.window()) {
			errors.add(new RuleViolation("/statistical/minOutliers",
					"must be at least 2 (one outlier never raises) and at most window"));
		}
		if (!(stat.minStdDev() >= 0) || stat.minStdDev().isInfinite()) {
			errors.add(new RuleViolation("/statistical/minStdDev", "must be zero or positive"));
		}
	}

	private static void positive(Duration duration, String pointer, List<RuleViolation> errors) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			errors.add(new RuleViolation(pointer, "must be a positive ISO-8601 duration such as PT5S"));
		}
		else if (duration.compareTo(Duration.ofDays(7)) > 0) {
			errors.add(new RuleViolation(pointer, "must be at most 7 days"));
		}
	}

}
