/**
 * The compute worker: flight-dynamics and signal-analysis jobs accepted over HTTP, queued
 * in RabbitMQ for competing workers, their state and results kept in PostgreSQL and their
 * results published to Kafka. {@code orbits} and {@code spectral} compute, {@code jobs}
 * runs them, {@code registry} finds spacecraft TLEs.
 */
package space.orbit.worker;
