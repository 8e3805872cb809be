package space.orbit.analyzer.alerts;

import java.time.Instant;

import space.orbit.analyzer.Severity;

/**
 * What the topology publishes to {@code orbit.alerts.v1} (keyed by spacecraft id, JSON,
 * CloudEvents type {@code space.orbit.alert.v1}) each time a condition is raised, changes
 * or is re-sent while it lasts, and clears. One condition is identified by (spacecraft,
 * parameter, detector); an episode runs from its raise to its clear.
 *
 * @param id the event id (also {@code ce_id}), unique: redeliveries carry the same id
 * @param change RAISED, UPDATED or CLEARED
 * @param spacecraftId the spacecraft
 * @param parameter the parameter, or {@code *} for the whole spacecraft (silence, storm)
 * @param detector limit, rate_of_change, stuck, staleness, statistical, or storm
 * @param ruleId the rule that raised it
 * @param severity WARNING or CRITICAL (of the condition now)
 * @param latching whether the alert must stay open after the condition clears
 * @param value the observed value (number, string or boolean), or null
 * @param threshold the limit or rate crossed, or null
 * @param expectedLow the low end of the expected band, or null
 * @param expectedHigh the high end of the expected band, or null
 * @param message a sentence for operators
 * @param firstSeen when the condition began (sample time; for silence, the last data)
 * @param lastSeen the latest sample (or check) that showed it
 * @param count samples that showed it in this episode (suppressed alerts, for a storm)
 * @param traceId the trace of the sample that raised it (or of the check)
 * @param batchId the ingest batch of that sample, or null
 * @param receivedAt when ingest received that sample, or null
 * @param emittedAt when the analyzer emitted this event
 */
public record AlertEvent(String id, Change change, String spacecraftId, String parameter, String detector,
		String ruleId, Severity severity, boolean latching, Object value, Double threshold, Double expectedLow,
		Double expectedHigh, String message, Instant firstSeen, Instant lastSeen, long count, String traceId,
		String batchId, Instant receivedAt, Instant emittedAt) {

	/** The CloudEvents type of alert events. */
	public static final String TYPE = "space.orbit.alert.v1";

	/** The detector name of storm alerts. */
	public static final String STORM = "storm";

	/**
	 * The parameter name of alerts about a whole spacecraft (or, for a storm, a fleet).
	 */
	public static final String ALL = "*";

	/** What happened to the condition. */
	public enum Change {

		/** It began (or was let through after a storm). */
		RAISED,
		/** It is still there: new severity, count, last value. */
		UPDATED,
		/** It is over: back within limits, with hysteresis. */
		CLEARED

	}

}
