package space.orbit.messaging;

/**
 * Kafka topics: facts that many consumers read, versioned by suffix, keyed by spacecraft
 * id. JSON, but for telemetry: columnar records (ADR 0030, docs/telemetry-v2.md).
 */
public final class Topics {

	/**
	 * Processed telemetry, published by the processor: {@code orbit.telemetry.v2}
	 * records, content type {@code application/vnd.orbit.telemetry-columns}.
	 */
	public static final String TELEMETRY = "orbit.telemetry.v2";

	/**
	 * The JSON telemetry topic before ADR 0030; consumers still read its records (by
	 * their content type) when pointed at it, to drain it across an upgrade.
	 */
	public static final String TELEMETRY_V1 = "orbit.telemetry.v1";

	/** Alerts raised by the analyzer. */
	public static final String ALERTS = "orbit.alerts.v1";

	/** Detection rules (compacted). */
	public static final String RULES = "orbit.rules.v1";

	/** The mission database: missions, spacecraft, parameters (compacted). */
	public static final String REGISTRY = "orbit.registry.v1";

	/** Results of compute jobs. */
	public static final String COMPUTE = "orbit.compute.v1";

	private Topics() {
	}

}
