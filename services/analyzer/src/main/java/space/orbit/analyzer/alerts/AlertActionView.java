package space.orbit.analyzer.alerts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One entry of an alert's action log.
 *
 * @param id the entry's id, increasing in the order the actions happened
 * @param action what happened
 * @param by who: a token's subject, or {@code analyzer}
 * @param at when
 * @param comment why, or null
 * @param detail what changed beyond the state (an assignee, tags, a shelf's end, a
 * severity), or null
 * @param stateBefore the alert's state before (null for its raise)
 * @param stateAfter the alert's state after
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One entry of an alert's action log: who did what, when, why, and the state before and after")
record AlertActionView(@Schema(example = "7") long id, ActionType action,
		@Schema(description = "Who acted: a token's subject (an e-mail or a client id), or 'analyzer'",
				example = "ada@orbit.space") String by,
		Instant at, @Schema(description = "Why", example = "on it") String comment,
		@Schema(description = "What changed beyond the state: the assignee, tags added and removed, the shelf's end, "
				+ "the severity", example = "assigned to ada@orbit.space") String detail,
		@Schema(description = "The state before; absent for the raise") AlertState stateBefore,
		@Schema(description = "The state after") AlertState stateAfter) {
}
