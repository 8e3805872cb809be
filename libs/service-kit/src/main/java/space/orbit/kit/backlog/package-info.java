/**
 * What waits in a service, as gauges: the depth and consumers of the RabbitMQ queues it
 * owns ({@code orbit.queue.depth}, {@code orbit.queue.consumers}, tagged {@code queue}
 * and {@code kind}), and the rows waiting in its outboxes and the age of the oldest
 * ({@code orbit.outbox.backlog}, {@code orbit.outbox.oldest.age}, tagged {@code outbox}).
 * Read on a schedule and cached, so a scrape never waits for a broker or the database
 * (ADR 0016). Needs spring-rabbit and spring-jdbc, which the kit leaves to the services
 * that use it.
 */
package space.orbit.kit.backlog;
