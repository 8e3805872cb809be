package space.orbit.analyzer.backtest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import space.orbit.analyzer.Severity;

/**
 * An alert the rule would have raised: one episode of one condition, from its raise to
 * its clear (or the span's end).
 *
 * @param spacecraftId the spacecraft
 * @param parameter the parameter
 * @param detector limit, rate_of_change, stuck, staleness, statistical
 * @param severity the worst severity of the episode
 * @param firstSeen the sample that raised it
 * @param lastSeen the latest sample that showed it (or, once cleared, cleared it)
 * @param count samples that showed it
 * @param message what it would have told operators (its latest violation)
 * @param value the latest value that violated the rule
 * @param active whether the condition was still there at the span's end
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BacktestAlert", description = "An alert the rule would have raised: one episode of one condition")
record BacktestAlert(@Schema(example = "ORB-1") String spacecraftId,
		@Schema(example = "EPS.BATTERY.VOLTAGE") String parameter,
		@Schema(description = "limit, rate_of_change, stuck, staleness or statistical",
				example = "limit") String detector,
		@Schema(description = "The worst severity of the episode") Severity severity,
		@Schema(description = "The sample that raised it") Instant firstSeen,
		@Schema(description = "The latest sample that showed it, or the one that cleared it") Instant lastSeen,
		@Schema(description = "Samples that showed it", example = "7") long count,
		@Schema(description = "What it would have told operators", example = "above critical high 29.8") String message,
		@Schema(description = "The latest value that violated the rule", types = {
				"number", "string", "boolean" }, example = "30.5") Object value,
		@Schema(description = "Whether the condition was still there at the span's end") boolean active){
}
