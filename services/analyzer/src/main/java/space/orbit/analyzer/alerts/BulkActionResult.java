package space.orbit.analyzer.alerts;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a bulk action did to each alert, in the order of the request's ids.
 *
 * @param done how many alerts it changed
 * @param refused how many it refused
 * @param results one per id
 */
@Schema(description = "What a bulk action did to each alert, in the order of the ids")
record BulkActionResult(@Schema(example = "1") int done, @Schema(example = "1") int refused, List<Outcome> results) {

	static BulkActionResult of(List<Outcome> results) {
		int done = (int) results.stream().filter((outcome) -> outcome.alert() != null).count();
		return new BulkActionResult(done, results.size() - done, results);
	}

	/**
	 * One alert's outcome: the alert as it is now, or the problem that refused it.
	 *
	 * @param id the alert
	 * @param outcome done or refused
	 * @param alert the alert after the action (done)
	 * @param problem why it was refused (refused)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(description = "One alert's outcome")
	record Outcome(@Schema(example = "1") long id, @Schema(allowableValues = {
			"done", "refused" }, example = "done") String outcome, AlertView alert, Refusal problem){

		static Outcome done(AlertView alert) {
			return new Outcome(alert.id(), "done", alert, null);
		}

		static Outcome refused(long id, Refusal problem) {
			return new Outcome(id, "refused", null, problem);
		}

	}

	/**
	 * The problem that one alert's action would have answered on its own (RFC 9457
	 * fields).
	 *
	 * @param type the problem type
	 * @param title its title
	 * @param status the HTTP status the single action answers
	 * @param detail what went wrong
	 * @param reason the conflict's reason, or null
	 * @param state the alert's state, for a transition it does not allow
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(description = "Why one alert was refused: the problem its own request would have answered")
	record Refusal(@Schema(example = "urn:orbit:problem:conflict") URI type, @Schema(example = "Conflict") String title,
			@Schema(example = "409") int status,
			@Schema(example = "An alert in state CLEARED cannot be acknowledged.") String detail,
			@Schema(example = "transition_not_allowed") String reason, AlertState state) {
	}

}
