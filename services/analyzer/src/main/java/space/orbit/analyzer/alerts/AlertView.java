package space.orbit.analyzer.alerts;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import space.orbit.analyzer.Severity;

/**
 * An alert as the API shows it.
 *
 * @param id the alert's id
 * @param spacecraftId the spacecraft ({@code *} for the fleet's storm alert)
 * @param parameter the parameter ({@code *}: the whole spacecraft)
 * @param detector limit, rate_of_change, stuck, staleness, statistical, storm
 * @param ruleId the rule that raised it
 * @param state OPEN, ACKNOWLEDGED, SHELVED, CLEARED
 * @param severity the worst severity in its life
 * @param currentSeverity the severity of the condition now
 * @param active whether the condition is there now
 * @param latching whether it waits for an operator after the condition clears
 * @param value the latest observed value
 * @param threshold the limit crossed
 * @param expectedLow the low end of the expected band
 * @param expectedHigh the high end of the expected band
 * @param message a sentence for operators
 * @param firstSeen when the condition began
 * @param lastSeen the latest sample that showed it
 * @param count samples that showed it
 * @param raises times the condition was raised into this alert
 * @param traceId the trace of the sample that raised it
 * @param raisedAt when the alert was opened
 * @param updatedAt when it last changed
 * @param acknowledged who acknowledged it, when, why
 * @param shelved who shelved (or last unshelved) it, when, why
 * @param shelvedUntil when the shelf expires
 * @param cleared who cleared it ({@code analyzer} when it cleared by itself), when, why
 * @param assignee who is to deal with it, or null
 * @param tags its tags, in alphabetical order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An alert: one condition of one spacecraft's parameter (or of the whole spacecraft, '*'), "
		+ "from its raise until it clears, and what operators did about it")
record AlertView(@Schema(example = "42") long id,
		@Schema(description = "The spacecraft; '*' for the fleet's storm alert", example = "ORB-1") String spacecraftId,
		@Schema(description = "The parameter; '*' for the whole spacecraft",
				example = "EPS.BATTERY.VOLTAGE") String parameter,
		@Schema(description = "limit, rate_of_change, stuck, staleness, statistical or storm",
				example = "limit") String detector,
		@Schema(description = "The rule that raised it; absent for a storm",
				example = "eps-battery-voltage") String ruleId,
		AlertState state, @Schema(description = "The worst severity in its life") Severity severity,
		@Schema(description = "The severity of the condition now") Severity currentSeverity,
		@Schema(description = "Whether the condition is there now") boolean active,
		@Schema(description = "Whether it waits for an operator after the condition clears") boolean latching,
		@Schema(description = "The latest observed value: a number, a string or a boolean", types = {
				"number", "string", "boolean" }, example = "30.5") Object value,
		@Schema(description = "The limit or rate crossed", example = "29.8") Double threshold,
		@Schema(description = "The low end of the expected band", example = "26.5") Double expectedLow,
		@Schema(description = "The high end of the expected band", example = "29.4") Double expectedHigh,
		@Schema(description = "A sentence for operators", example = "above critical high 29.8") String message,
		@Schema(description = "When the condition began (sample time; for a silence, the last data)") Instant firstSeen,
		@Schema(description = "The latest sample (or check) that showed it") Instant lastSeen,
		@Schema(description = "Samples that showed it, over every episode", example = "7") long count,
		@Schema(description = "Times the condition was raised into this alert", example = "1") int raises,
		@Schema(description = "The trace of the sample that raised it",
				example = "4bf92f3577b34da6a3ce929d0e0e4736") String traceId,
		@Schema(description = "When the alert was opened") Instant raisedAt,
		@Schema(description = "When it last changed") Instant updatedAt,
		@Schema(description = "Who acknowledged it, when, why") OperatorAction acknowledged,
		@Schema(description = "Who shelved (or last unshelved) it, when, why") OperatorAction shelved,
		@Schema(description = "When the shelf expires; absent unless SHELVED") Instant shelvedUntil,
		@Schema(description = "Who cleared it ('analyzer' when it cleared by itself), when, why") OperatorAction cleared,
		@Schema(description = "Who is to deal with it; absent when no one is",
				example = "ada@orbit.space") String assignee,
		@ArraySchema(arraySchema = @Schema(description = "Its tags, in alphabetical order"),
				schema = @Schema(example = "thermal")) List<String> tags){

	static AlertView of(Alert alert) {
		return new AlertView(alert.id, alert.spacecraftId, alert.parameter, alert.detector, alert.ruleId, alert.state,
				alert.severity, alert.currentSeverity, alert.active, alert.latching,
				(alert.valueNumber != null) ? alert.valueNumber : alert.valueText, alert.threshold, alert.expectedLow,
				alert.expectedHigh, alert.message, alert.firstSeen, alert.lastSeen, alert.count, alert.raises,
				alert.traceId, alert.raisedAt, alert.updatedAt, alert.acknowledged, alert.shelved, alert.shelvedUntil,
				alert.cleared, alert.assignee, List.copyOf(new TreeSet<>(alert.tags)));
	}

}
