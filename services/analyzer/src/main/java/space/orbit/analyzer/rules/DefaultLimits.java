package space.orbit.analyzer.rules;

/**
 * Limits that apply to a parameter of a spacecraft unless an analyzer rule names that
 * parameter exactly: the mission database's (ADR 0023). Lookups must be cheap (map
 * lookups): a {@link RuleBook} asks once per (spacecraft, parameter) and caches.
 */
@FunctionalInterface
public interface DefaultLimits {

	/** No default limits. */
	DefaultLimits NONE = (spacecraftId, parameter) -> null;

	/**
	 * The default limits of a parameter of a spacecraft.
	 * @return a rule that turns the limit detector on, or null where there are none
	 */
	Rule limits(String spacecraftId, String parameter);

}
