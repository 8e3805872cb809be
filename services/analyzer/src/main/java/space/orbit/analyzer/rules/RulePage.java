package space.orbit.analyzer.rules;

import java.util.List;

/**
 * One page of rules, by id.
 *
 * @param rules the rules
 * @param count how many on this page
 * @param next the {@code after} of the next page, or null when this is the last
 */
record RulePage(List<RuleView> rules, int count, String next) {
}
