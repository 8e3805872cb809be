package space.orbit.analyzer.rules;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A rule as the API shows it: the rule's fields, then its version, who changed it last
 * and when, and whether that version is on {@code orbit.rules.v1} yet.
 *
 * @param rule the rule
 * @param version bumped by every change
 * @param updatedAt when it last changed
 * @param updatedBy who changed it ({@code X-Orbit-User}, or {@code defaults})
 * @param published whether this version is on Kafka
 */
record RuleView(@JsonUnwrapped Rule rule, long version, Instant updatedAt, String updatedBy, boolean published) {
}
