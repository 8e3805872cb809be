package space.orbit.messaging;

/**
 * Where telemetry batches travel in RabbitMQ, from ingest to the processor. Configurable
 * so that tests run on the real broker with names of their own.
 *
 * @param exchange the durable exchange ingest publishes to
 * @param routingKey the routing key of telemetry batches
 * @param queue the processor's durable quorum queue
 * @param deadLetterExchange where rejected (poison) messages go
 * @param deadLetterQueue where they wait for an operator
 */
public record TelemetryRoutes(String exchange, String routingKey, String queue, String deadLetterExchange,
		String deadLetterQueue) {

	public static final TelemetryRoutes DEFAULT = new TelemetryRoutes("orbit.telemetry", "telemetry.batch",
			"processor.telemetry", "orbit.telemetry.dlx", "processor.telemetry.dlq");

	/** The same routes with every name prefixed, for isolation. */
	public TelemetryRoutes prefixed(String prefix) {
		return new TelemetryRoutes(prefix + this.exchange, this.routingKey, prefix + this.queue,
				prefix + this.deadLetterExchange, prefix + this.deadLetterQueue);
	}

}
