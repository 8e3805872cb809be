package space.orbit.analyzer.backtest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import space.orbit.analyzer.rules.Rule;

/**
 * The body of {@code POST /api/v1/rules/backtest}.
 *
 * @param rule the rule, as a {@code PUT /api/v1/rules/{id}} takes it (enabled or not)
 * @param from the span's start, inclusive
 * @param to the span's end, exclusive
 * @param spacecraftId the spacecraft whose archive is read; absent: the rule's
 * @param parameters the parameters read, for a rule whose parameter is a pattern
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RuleBacktest", description = "A rule and the span of archived telemetry to replay it over")
record BacktestRequest(
		@Schema(description = "The rule, as PUT /api/v1/rules/{id} takes it; replayed as if enabled and alone",
				requiredMode = Schema.RequiredMode.REQUIRED) Rule rule,
		@Schema(description = "The span's start, inclusive", example = "2026-11-21T10:00:00Z",
				requiredMode = Schema.RequiredMode.REQUIRED) Instant from,
		@Schema(description = "The span's end, exclusive; at most orbit.analyzer.backtest.max-span (7 days) "
				+ "after from", example = "2026-11-21T11:00:00Z",
				requiredMode = Schema.RequiredMode.REQUIRED) Instant to,
		@Schema(description = "The spacecraft whose archive is read; absent: the rule's (one of the two is needed)",
				example = "ORB-1") String spacecraftId,
		@ArraySchema(
				arraySchema = @Schema(description = "For a rule whose parameter is a pattern: the parameters "
						+ "it matches to read (at most 20); absent for a rule of one parameter"),
				schema = @Schema(example = "EPS.BATTERY.VOLTAGE")) List<String> parameters) {
}
