package space.orbit.analyzer.backtest;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a backtest found.
 *
 * @param ruleId the rule's id
 * @param spacecraftId the spacecraft whose archive was read
 * @param parameters the parameters read
 * @param from the span's start
 * @param to the span's end
 * @param samples the archived samples replayed
 * @param alerts the alerts the rule would have raised, by first sample
 */
@Schema(name = "RuleBacktestResult", description = "The alerts a rule would have raised over a span of the archive")
record BacktestResult(@Schema(example = "prop-tank-pressure") String ruleId,
		@Schema(example = "ORB-1") String spacecraftId, List<String> parameters, Instant from, Instant to,
		@Schema(description = "Archived samples replayed", example = "3600") long samples,
		@Schema(description = "Empty when the rule would have raised nothing") List<BacktestAlert> alerts) {
}
