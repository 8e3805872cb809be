package space.orbit.analyzer.alerts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Embeddable;

/**
 * Who did something to an alert, when, and why.
 *
 * @param by who acted: the subject of the caller's token (a person's e-mail or a machine
 * client's id), or {@code analyzer} for what the analyzer does by itself
 * @param at when
 * @param comment why, or null
 */
@Embeddable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Who did something to an alert, when, and why")
record OperatorAction(
		@Schema(description = "Who acted: the subject of the caller's token (an e-mail or a client id), or "
				+ "'analyzer'", example = "ada@orbit.space") String by,
		Instant at, @Schema(example = "on it") String comment) {
}
