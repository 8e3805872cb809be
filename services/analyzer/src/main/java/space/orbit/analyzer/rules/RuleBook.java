package space.orbit.analyzer.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The enabled rules, compiled for matching. For each detector, the rule that applies to a
 * (spacecraft, parameter) is the most specific enabled rule that matches and turns that
 * detector on: an exact parameter name before a pattern, a rule for this spacecraft
 * before one for all, a longer pattern before a shorter one, then the smaller id. For the
 * limit detector, the {@link DefaultLimits} (the mission database's) come after the rules
 * that name the parameter exactly and before patterns. Not thread-safe (it caches
 * resolutions).
 */
public final class RuleBook {

	/** The parameter name that stands for a whole spacecraft (its silence). */
	public static final String WHOLE_SPACECRAFT = "*";

	private static final int CACHE_LIMIT = 200_000;

	private static final Comparator<Compiled> MOST_SPECIFIC_FIRST = Comparator
		.comparing((Compiled c) -> c.exact ? 0 : 1)
		.thenComparing(c -> (c.rule.spacecraftId() != null) ? 0 : 1)
		.thenComparing(c -> -c.literalLength)
		.thenComparing(c -> c.rule.id());

	public static final RuleBook EMPTY = new RuleBook(List.of());

	private final List<Compiled> rules;

	private final Map<String, AppliedRules> cache = new HashMap<>();

	private final DefaultLimits defaults;

	public RuleBook(Collection<Rule> rules) {
		this(rules, DefaultLimits.NONE);
	}

	/**
	 * The enabled, valid rules, with default limits for parameters no rule names exactly.
	 */
	public RuleBook(Collection<Rule> rules, DefaultLimits defaults) {
		this.defaults = defaults;
		this.rules = rules.stream()
			.filter(Rule::enabled)
			.filter(rule -> RuleValidator.check(rule).isEmpty())
			.map(Compiled::new)
			.sorted(MOST_SPECIFIC_FIRST)
			.toList();
	}

	public int size() {
		return this.rules.size();
	}

	/**
	 * The rules that apply to this parameter of this spacecraft, detector by detector.
	 */
	public AppliedRules resolve(String spacecraftId, String parameter) {
		String key = spacecraftId + '/' + parameter;
		AppliedRules applied = this.cache.get(key);
		if (applied == null) {
			if (this.cache.size() >= CACHE_LIMIT) {
				this.cache.clear();
			}
			applied = new AppliedRules(limits(spacecraftId, parameter),
					first(spacecraftId, parameter, Rule::rateOfChange), first(spacecraftId, parameter, Rule::stuck),
					first(spacecraftId, parameter, Rule::staleness), first(spacecraftId, parameter, Rule::statistical));
			this.cache.put(key, applied);
		}
		return applied;
	}

	/** A rule naming the parameter exactly, else the default limits, else a pattern. */
	private Rule limits(String spacecraftId, String parameter) {
		Compiled rule = compiled(spacecraftId, parameter, Rule::limits);
		if (rule != null && rule.exact) {
			return rule.rule;
		}
		Rule defaults = this.defaults.limits(spacecraftId, parameter);
		return (defaults != null) ? defaults : (rule != null) ? rule.rule : null;
	}

	private Rule first(String spacecraftId, String parameter, Function<Rule, Object> detector) {
		Compiled compiled = compiled(spacecraftId, parameter, detector);
		return (compiled != null) ? compiled.rule : null;
	}

	private Compiled compiled(String spacecraftId, String parameter, Function<Rule, Object> detector) {
		for (Compiled compiled : this.rules) {
			if (detector.apply(compiled.rule) != null && compiled.matches(spacecraftId, parameter)) {
				return compiled;
			}
		}
		return null;
	}

	/**
	 * The rule of each detector for one (spacecraft, parameter); null where no rule turns
	 * the detector on.
	 */
	public record AppliedRules(Rule limits, Rule rateOfChange, Rule stuck, Rule staleness, Rule statistical) {

		public boolean none() {
			return this.limits == null && this.rateOfChange == null && this.stuck == null && this.staleness == null
					&& this.statistical == null;
		}

	}

	private static final class Compiled {

		private final Rule rule;

		private final boolean exact;

		private final int literalLength;

		private final Pattern pattern;

		Compiled(Rule rule) {
			this.rule = rule;
			this.exact = !rule.parameter().contains("*");
			this.literalLength = rule.parameter().replace("*", "").length();
			this.pattern = this.exact ? null : glob(rule.parameter());
		}

		boolean matches(String spacecraftId, String parameter) {
			if (this.rule.spacecraftId() != null && !this.rule.spacecraftId().equals(spacecraftId)) {
				return false;
			}
			return this.exact ? this.rule.parameter().equals(parameter) : this.pattern.matcher(parameter).matches();
		}

		private static Pattern glob(String pattern) {
			String[] parts = pattern.split("\\*", -1);
			StringBuilder regex = new StringBuilder();
			for (int i = 0; i < parts.length; i++) {
				regex.append((i > 0) ? ".*" : "").append(Pattern.quote(parts[i]));
			}
			return Pattern.compile(regex.toString());
		}

	}

}
