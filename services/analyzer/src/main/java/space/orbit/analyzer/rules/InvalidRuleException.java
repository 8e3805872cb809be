package space.orbit.analyzer.rules;

import java.util.List;

/** A rule that cannot be stored: answered 422 with every violation; nothing changed. */
class InvalidRuleException extends RuntimeException {

	private final List<RuleViolation> violations;

	InvalidRuleException(List<RuleViolation> violations) {
		super("The rule is invalid: "
				+ violations.stream().map(v -> v.field() + " " + v.detail()).reduce((a, b) -> a + "; " + b).orElse(""));
		this.violations = violations;
	}

	List<RuleViolation> violations() {
		return this.violations;
	}

}
