package space.orbit.analyzer.rules;

/**
 * One thing wrong with a rule.
 *
 * @param pointer the field, as an RFC 6901 JSON Pointer into the rule
 * ({@code /limits/warningLow})
 * @param detail what is wrong, as a predicate ("must be greater than warningLow")
 */
public record RuleViolation(String pointer, String detail) {
}
