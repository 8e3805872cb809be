package space.orbit.analyzer.backtest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import space.orbit.analyzer.rules.Rule;
import space.orbit.analyzer.rules.RuleBook;
import space.orbit.analyzer.rules.RuleValidator;
import space.orbit.analyzer.rules.RuleViolation;
import space.orbit.kit.web.InvalidRequestException;
import space.orbit.kit.web.ProblemError;

/**
 * A backtest request checked and resolved: the rule valid (as a PUT checks it), the span
 * ordered and bounded, one spacecraft, and the parameters to read (the rule's own, or
 * those listed for a pattern, each matching it).
 *
 * @param rule the rule, with an id
 * @param spacecraftId the spacecraft
 * @param parameters the parameters to read
 * @param from the span's start
 * @param to the span's end
 */
record BacktestPlan(Rule rule, String spacecraftId, List<String> parameters, Instant from, Instant to) {

	/** The id a rule without one is replayed under. */
	static final String UNNAMED = "backtest";

	static BacktestPlan of(BacktestRequest request, Duration maxSpan, int maxParameters) {
		if (request.rule() == null) {
			throw InvalidRequestException.at("/rule", "required", "A backtest needs the rule to replay.");
		}
		Rule rule = (request.rule().id() != null) ? request.rule() : request.rule().withId(UNNAMED);
		List<RuleViolation> violations = RuleValidator.check(rule);
		if (!violations.isEmpty()) {
			throw RuleValidator.invalid("/rule", violations);
		}
		List<ProblemError> errors = new ArrayList<>();
		span(request, maxSpan, errors);
		String spacecraftId = spacecraft(request, rule, errors);
		List<String> parameters = parameters(request, rule, spacecraftId, maxParameters, errors);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors.get(0).detail(), errors);
		}
		return new BacktestPlan(rule, spacecraftId, parameters, request.from(), request.to());
	}

	private static void span(BacktestRequest request, Duration maxSpan, List<ProblemError> errors) {
		if (request.from() == null) {
			errors.add(ProblemError.at("/from", "The span's start 'from' is required."));
		}
		if (request.to() == null) {
			errors.add(ProblemError.at("/to", "The span's end 'to' is required."));
		}
		if (request.from() != null && request.to() != null) {
			if (!request.to().isAfter(request.from())) {
				errors.add(ProblemError.at("/to", "The span's end must be after its start."));
			}
			else if (Duration.between(request.from(), request.to()).compareTo(maxSpan) > 0) {
				errors.add(ProblemError.at("/to", "The span must be at most " + maxSpan.toDays()
						+ " days long (orbit.analyzer.backtest.max-span): shorten it."));
			}
		}
	}

	private static String spacecraft(BacktestRequest request, Rule rule, List<ProblemError> errors) {
		String asked = request.spacecraftId();
		if (asked != null && rule.spacecraftId() != null && !asked.equals(rule.spacecraftId())) {
			errors.add(ProblemError.at("/spacecraftId",
					"The rule covers only " + rule.spacecraftId() + ": backtest it on that spacecraft."));
		}
		String spacecraftId = (asked != null) ? asked : rule.spacecraftId();
		if (spacecraftId == null || spacecraftId.isBlank()) {
			errors.add(ProblemError.at("/spacecraftId",
					"The rule covers every spacecraft: name the one whose archive to replay."));
		}
		return spacecraftId;
	}

	private static List<String> parameters(BacktestRequest request, Rule rule, String spacecraftId, int maxParameters,
			List<ProblemError> errors) {
		boolean pattern = rule.parameter().contains("*");
		List<String> listed = (request.parameters() != null) ? request.parameters() : List.of();
		if (!pattern) {
			if (!listed.isEmpty() && !listed.equals(List.of(rule.parameter()))) {
				errors.add(ProblemError.at("/parameters",
						"The rule covers only " + rule.parameter() + ": leave 'parameters' out."));
			}
			return List.of(rule.parameter());
		}
		if (listed.isEmpty()) {
			errors.add(ProblemError.at("/parameters", "The rule's parameter is a pattern (" + rule.parameter()
					+ "): list the parameters it matches to replay."));
		}
		else if (listed.size() > maxParameters) {
			errors.add(ProblemError.at("/parameters", "At most " + maxParameters
					+ " parameters (orbit.analyzer.backtest.max-parameters): split the backtest."));
		}
		RuleBook book = new RuleBook(List.of(rule.asEnabled()));
		for (int i = 0; i < listed.size(); i++) {
			String parameter = listed.get(i);
			if (parameter == null || parameter.contains("*")
					|| book.resolve((spacecraftId != null) ? spacecraftId : "", parameter).none()) {
				errors.add(ProblemError.at("/parameters/" + i, "'" + parameter
						+ "' is not a parameter name the rule's pattern " + rule.parameter() + " matches."));
			}
		}
		return listed.stream().distinct().toList();
	}

}
