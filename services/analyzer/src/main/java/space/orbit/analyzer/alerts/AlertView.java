package space.orbit.analyzer.alerts;

import java.time.Instant;

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
 */
record AlertView(long id, String spacecraftId, String parameter, String detector, String ruleId, AlertState state,
		Severity severity, Severity currentSeverity, boolean active, boolean latching, Object value, Double threshold,
		Double expectedLow, Double expectedHigh, String message, Instant firstSeen, Instant lastSeen, long count,
		int raises, String traceId, Instant raisedAt, Instant updatedAt, OperatorAction acknowledged,
		OperatorAction shelved, Instant shelvedUntil, OperatorAction cleared) {

	static AlertView of(Alert alert) {
		return new AlertView(alert.id, alert.spacecraftId, alert.parameter, alert.detector, alert.ruleId, alert.state,
				alert.severity, alert.currentSeverity, alert.active, alert.latching,
				(alert.valueNumber != null) ? alert.valueNumber : alert.valueText, alert.threshold, alert.expectedLow,
				alert.expectedHigh, alert.message, alert.firstSeen, alert.lastSeen, alert.count, alert.raises,
				alert.traceId, alert.raisedAt, alert.updatedAt, alert.acknowledged, alert.shelved, alert.shelvedUntil,
				alert.cleared);
	}

}
