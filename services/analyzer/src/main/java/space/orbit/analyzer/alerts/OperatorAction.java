package space.orbit.analyzer.alerts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Embeddable;

/**
 * Who did something to an alert, when, and why.
 *
 * @param by the operator (or {@code analyzer} for automatic clears)
 * @param at when
 * @param comment why, or null
 */
@Embeddable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Who did something to an alert, when, and why")
record OperatorAction(@Schema(description = "The operator, or 'analyzer'", example = "ops") String by, Instant at,
		@Schema(example = "on it") String comment) {
}
