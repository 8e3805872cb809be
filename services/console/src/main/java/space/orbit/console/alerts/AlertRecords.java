package space.orbit.console.alerts;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * The analyzer's alerts as its API returns them, and the body of an operator's action.
 */
final class AlertRecords {

	private AlertRecords() {
	}

	/** Who did something to an alert, when, and why. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record OperatorAction(Instant at, String by, String comment) {

		String describe() {
			return this.by + " at " + this.at + ((this.comment != null) ? ": " + this.comment : "");
		}

	}

	/** An alert (the analyzer's AlertView). */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Alert(long id, String spacecraftId, String parameter, String detector, String ruleId, String state,
			String severity, String currentSeverity, boolean active, String message, JsonNode value, Double threshold,
			Instant raisedAt, Instant firstSeen, Instant lastSeen, Instant updatedAt, Instant shelvedUntil, long count,
			OperatorAction acknowledged, OperatorAction shelved, OperatorAction cleared, String assignee,
			List<String> tags) {

		String valueText() {
			return (this.value == null || this.value.isNull()) ? "" : this.value.asString();
		}

		String assigneeText() {
			return (this.assignee != null) ? this.assignee : "";
		}

		String tagsText() {
			return (this.tags != null) ? String.join(", ", this.tags) : "";
		}

	}

	/**
	 * The body of the analyzer's bulk action ({@code POST /api/v1/alerts/actions}): one
	 * action on many alerts, each with the same comment.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ActionBody(List<Long> ids, String action, String by, String comment, String duration, String assignee,
			List<String> add, List<String> remove) {
	}

	/** What the bulk action did to each alert. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record BulkResult(int done, int refused, List<Outcome> results) {
	}

	/** One alert's outcome: done, or refused with its problem. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Outcome(long id, String outcome, Alert alert, Refusal problem) {
	}

	/** Why the analyzer refused one alert. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Refusal(int status, String detail, String reason, String state) {
	}

	/** One entry of an alert's action log. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record LogEntry(long id, String action, String by, Instant at, String comment, String detail, String stateBefore,
			String stateAfter) {

		String states() {
			return (this.stateBefore == null || this.stateBefore.equals(this.stateAfter)) ? this.stateAfter
					: this.stateBefore + " → " + this.stateAfter;
		}

	}

}
