package space.orbit.worker;

/**
 * Where jobs travel in RabbitMQ. Configurable so that tests run on the real broker with
 * names of their own.
 *
 * @param exchange the durable direct exchange jobs are published to
 * @param routingKey the routing key of jobs
 * @param queue the durable priority queue the workers compete on
 * @param deadLetterExchange where poison jobs go
 * @param deadLetterQueue where they wait for an operator
 * @param retryQueue where a transiently failed job waits out its back-off (a per-message
 * expiry) before it is dead-lettered back to {@code exchange}; no one consumes it
 */
public record JobRoutes(String exchange, String routingKey, String queue, String deadLetterExchange,
		String deadLetterQueue, String retryQueue) {

	public static final JobRoutes DEFAULT = new JobRoutes("orbit.compute", "compute.jobs", "compute.jobs",
			"orbit.compute.dlx", "compute.jobs.dlq", "compute.jobs.retry");

	/** The same routes with every name prefixed, for isolation. */
	public JobRoutes prefixed(String prefix) {
		return new JobRoutes(prefix + this.exchange, this.routingKey, prefix + this.queue,
				prefix + this.deadLetterExchange, prefix + this.deadLetterQueue, prefix + this.retryQueue);
	}

}
