/**
 * Detection rules: the model ({@link space.orbit.analyzer.rules.Rule}), its validation
 * and matching ({@link space.orbit.analyzer.rules.RuleBook}), and their storage in
 * PostgreSQL (the source of truth) published to the compacted {@code orbit.rules.v1},
 * with the rules API and the simulator-tuned defaults.
 */
package space.orbit.analyzer.rules;
