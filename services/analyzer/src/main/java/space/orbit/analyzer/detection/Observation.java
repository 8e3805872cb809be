package space.orbit.analyzer.detection;

/**
 * The sample (or the check) behind an alert event: what was seen, when, and where it came
 * from.
 *
 * @param spacecraftId the spacecraft
 * @param parameter the parameter, or {@code *}
 * @param timeMicros sample time (or check time), epoch micros
 * @param value the observed value, or null
 * @param traceparent the W3C trace context of the record that carried it, or null
 * @param batchId the ingest batch, or null
 * @param receivedAtMillis when ingest received it (epoch millis), or 0
 */
record Observation(String spacecraftId, String parameter, long timeMicros, Object value, String traceparent,
		String batchId, long receivedAtMillis) {

	/** A check with no sample behind it (silence, storm). */
	static Observation check(String spacecraftId, String parameter, long wallMillis, Object value) {
		return new Observation(spacecraftId, parameter, wallMillis * 1_000, value, null, null, 0);
	}

	/**
	 * The same sample, for another parameter (a spacecraft-wide condition it cleared).
	 */
	Observation forParameter(String parameter, Object value) {
		return new Observation(this.spacecraftId, parameter, this.timeMicros, value, this.traceparent, this.batchId,
				this.receivedAtMillis);
	}

	/**
	 * The trace id in a {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}), or
	 * null.
	 */
	static String traceId(String traceparent) {
		if (traceparent == null || traceparent.length() < 55 || traceparent.charAt(2) != '-') {
			return null;
		}
		return traceparent.substring(3, 35);
	}

}
