/**
 * The telemetry spine inside the processor: consume a batch, store its new frames with an
 * outbox row in one transaction, publish their events to Kafka, delete the row, ack. A
 * sweeper takes over rows whose publisher died, checking Kafka for what already got
 * there, so a batch is stored once and published once.
 */
package space.orbit.processor.telemetry;
