package space.orbit.analyzer.backtest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.analyzer.AnalyzerProperties;
import space.orbit.kit.security.Actor;
import space.orbit.kit.security.OperatorAccess;

/**
 * {@code POST /api/v1/rules/backtest}: what a rule would have raised over a span of the
 * archive, before it is switched on. Acting, not changing the rules: the role operator.
 * Nothing is written: no alert, no event, no rule.
 */
@RestController
@Tag(name = "rules")
class BacktestController {

	private static final Logger log = LoggerFactory.getLogger(BacktestController.class);

	private final Backtests backtests;

	private final AnalyzerProperties.Backtest limits;

	BacktestController(Backtests backtests, AnalyzerProperties properties) {
		this.backtests = backtests;
		this.limits = properties.backtest();
	}

	@PostMapping("/api/v1/rules/backtest")
	@OperatorAccess
	@Operation(operationId = "backtestRule", summary = "Replay a rule over archived telemetry",
			description = "Reads the raw samples of the rule's parameters over [from, to) (at most 7 days) from the "
					+ "enricher's archive with the caller's token, replays them in time order through the detectors "
					+ "the live topology runs (the rule as if enabled and alone, from fresh state) and answers the "
					+ "alerts it would have raised. Writes nothing. The rule is checked as PUT /api/v1/rules/{id} "
					+ "checks it (422 points at /rule/...). The enricher down or slow: 503 naming it.")
	@ApiResponse(responseCode = "200", description = "The alerts the rule would have raised (none: an empty list)",
			content = @Content(schema = @Schema(implementation = BacktestResult.class)))
	@ApiResponse(responseCode = "422",
			description = "The rule, the span, the spacecraft or the parameters are "
					+ "invalid, or the span holds too many samples: 'errors' points at each")
	@ApiResponse(responseCode = "503", description = "The enricher does not answer, is too slow or fails: "
			+ "the problem names it and orbit.analyzer.enricher-url")
	BacktestResult backtest(
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = BacktestRequest.class))) @RequestBody BacktestRequest request) {
		BacktestPlan plan = BacktestPlan.of(request, this.limits.maxSpan(), this.limits.maxParameters());
		long started = System.nanoTime();
		BacktestResult result = this.backtests.run(plan);
		log.info("Backtest of rule {} on {} {} over [{}, {}) by {}: {} samples, {} alerts in {} ms", plan.rule().id(),
				plan.spacecraftId(), plan.parameters(), plan.from(), plan.to(), Actor.current(), result.samples(),
				result.alerts().size(), (System.nanoTime() - started) / 1_000_000);
		return result;
	}

}
