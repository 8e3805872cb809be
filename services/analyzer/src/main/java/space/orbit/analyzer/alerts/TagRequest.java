package space.orbit.analyzer.alerts;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code tags}: labels to add and to remove at once.
 *
 * @param by ignored where a token names the caller
 * @param add tags to add
 * @param remove tags to remove
 * @param comment why, optional
 */
@Schema(description = "Tags to add to an alert and to remove from it, and why")
record TagRequest(@Schema(description = "Ignored (who acts is the token's subject)", deprecated = true) String by,
		@ArraySchema(arraySchema = @Schema(description = "Tags to add (at most 10 a request)"),
				schema = @Schema(pattern = AlertRequests.TAG, example = "thermal")) List<String> add,
		@ArraySchema(arraySchema = @Schema(description = "Tags to remove (at most 10 a request)"),
				schema = @Schema(pattern = AlertRequests.TAG, example = "noise")) List<String> remove,
		@Schema(description = "Why, at most 1000 characters", example = "heater again") String comment) {
}
