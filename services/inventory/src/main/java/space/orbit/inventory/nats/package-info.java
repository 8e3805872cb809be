/**
 * NATS JetStream plumbing: the connection, the {@code ORBIT_EVENTS} stream (declared
 * idempotently at start-up), publishing with de-duplication ids and W3C trace context in
 * the headers, and a readiness check.
 */
package space.orbit.inventory.nats;
