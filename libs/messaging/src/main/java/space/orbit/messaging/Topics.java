package space.orbit.messaging;

/**
 * Kafka topics: facts that many consumers read, JSON, versioned by suffix, keyed by
 * spacecraft id.
 */
public final class Topics {

	/** Processed telemetry, published by the processor. */
	public static final String TELEMETRY = "orbit.telemetry.v1";

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
