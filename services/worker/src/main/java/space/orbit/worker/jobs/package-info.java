/**
 * Jobs: the HTTP API, the queue, the consumer that runs a job within its time limit,
 * retries and dead-lettering, state and results in PostgreSQL, result events on Kafka
 * through an outbox.
 */
package space.orbit.worker.jobs;
