package space.orbit.analyzer.rules;

/**
 * One thing wrong with a rule.
 *
 * @param field the JSON path of the field ({@code limits.warningLow})
 * @param detail what is wrong, as a sentence
 */
public record RuleViolation(String field, String detail) {
}
