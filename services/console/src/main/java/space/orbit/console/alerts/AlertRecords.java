package space.orbit.console.alerts;

import java.time.Instant;

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
			OperatorAction acknowledged, OperatorAction shelved, OperatorAction cleared) {

		String valueText() {
			return (this.value == null || this.value.isNull()) ? "" : this.value.asString();
		}

	}

	/** The body of acknowledge, shelve, unshelve and clear. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ActionBody(String by, String comment, String duration) {
	}

}
