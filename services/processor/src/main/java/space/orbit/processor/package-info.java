/**
 * The processor: consumes telemetry batches from RabbitMQ, stores their frames in
 * PostgreSQL and publishes them to Kafka through a transactional outbox, acking RabbitMQ
 * only after the batch is durably stored with its pending events; serves the stored
 * samples.
 */
package space.orbit.processor;
