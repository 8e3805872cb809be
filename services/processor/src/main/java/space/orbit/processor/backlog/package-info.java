/**
 * What waits in the processor's pipeline, as gauges: the depth and consumers of the
 * RabbitMQ queues it consumes (and their dead-letter queue), and the rows waiting in its
 * outboxes and the age of the oldest. Read on a schedule and cached, so a scrape never
 * waits for a broker or the database.
 */
package space.orbit.processor.backlog;
