package space.orbit.messaging;

/**
 * Message headers every Orbit message carries, in AMQP and Kafka alike (trace context
 * aside).
 */
public final class Headers {

	/** The id ingest gave the batch; the de-duplication key of a message. */
	public static final String BATCH_ID = "orbit-batch-id";

	/** ISO-8601 time ingest received the data: the start of pipeline latency. */
	public static final String RECEIVED_AT = "orbit-received-at";

	/** Frames in the message. */
	public static final String FRAME_COUNT = "orbit-frame-count";

	/** Samples in the message. */
	public static final String SAMPLE_COUNT = "orbit-sample-count";

	/** The schema of the body, e.g. {@code telemetry-batch/1}. */
	public static final String SCHEMA = "orbit-schema";

	/** The request id of the HTTP request that caused the message. */
	public static final String REQUEST_ID = "orbit-request-id";

	/**
	 * The W3C trace context header (written by observations; stored with outbox rows).
	 */
	public static final String TRACEPARENT = "traceparent";

	/**
	 * The encoding of a Kafka record's value (CloudEvents binary mode): telemetry
	 * consumers choose their decoder by it (ADR 0030).
	 */
	public static final String CONTENT_TYPE = "content-type";

	/** The schema of a telemetry batch body (see {@code TelemetryCodec}). */
	public static final String TELEMETRY_BATCH_SCHEMA = "telemetry-batch/1";

	private Headers() {
	}

}
