package space.orbit.analyzer.detection;

/**
 * One active condition in a state store: enough to re-send, escalate and clear it, and to
 * give its events stable ids. Times are epoch microseconds (sample time) unless named
 * otherwise.
 */
final class Condition {

	String ruleId;

	String severity;

	boolean latching;

	/** Identifies the episode in event ids: its first sample time (or check time). */
	long episode;

	long firstSeen;

	long lastSeen;

	long count;

	/** Events sent in this episode; the next event's sequence. */
	long sequence;

	/** Wall-clock millis of the last event sent. */
	long lastEmitted;

	/** False while a storm holds it back. */
	boolean published;

	Double value;

	String text;

	Double threshold;

	Double low;

	Double high;

	String message;

	String traceId;

	String batchId;

	long receivedAt;

}
