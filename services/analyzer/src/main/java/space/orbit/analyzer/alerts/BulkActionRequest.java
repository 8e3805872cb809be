package space.orbit.analyzer.alerts;

import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of the bulk action: one action on many alerts.
 *
 * @param ids the alerts, 1 to 100, each once
 * @param action acknowledge, shelve, unshelve, clear, assign, unassign, tag, comment
 * @param by ignored where a token names the caller
 * @param comment why (required for comment)
 * @param duration how long to shelve (shelve only)
 * @param assignee to whom (assign only)
 * @param add tags to add (tag only)
 * @param remove tags to remove (tag only)
 */
@Schema(description = "One action on many alerts; each alert is changed or refused on its own")
record BulkActionRequest(
		@ArraySchema(arraySchema = @Schema(description = "The alerts: 1 to 100, each once"),
				schema = @Schema(example = "1")) List<Long> ids,
		@Schema(description = "What to do", allowableValues = {
				"acknowledge", "shelve", "unshelve", "clear", "assign", "unassign", "tag", "comment" },
				example = "acknowledge") String action,
		@Schema(description = "Ignored (who acts is the token's subject)", deprecated = true) String by,
		@Schema(description = "Why, at most 1000 characters (required for comment)", example = "on it") String comment,
		@Schema(description = "How long to shelve, ISO-8601 (shelve only)", type = "string", format = "duration",
				example = "PT30M") Duration duration,
		@Schema(description = "To whom (assign only): a person, or 'me'", example = "me") String assignee,
		@ArraySchema(arraySchema = @Schema(description = "Tags to add (tag only)"),
				schema = @Schema(pattern = AlertRequests.TAG)) List<String> add,
		@ArraySchema(arraySchema = @Schema(description = "Tags to remove (tag only)"),
				schema = @Schema(pattern = AlertRequests.TAG)) List<String> remove){
}
