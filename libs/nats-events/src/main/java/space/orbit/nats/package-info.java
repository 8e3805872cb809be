/**
 * NATS JetStream for the logistics services, as an auto-configuration: the connection,
 * the {@code ORBIT_EVENTS} stream (declared idempotently at start-up), publishing with
 * de-duplication ids ({@code Nats-Msg-Id}) and W3C trace context in the headers, durable
 * pull subscriptions that continue the trace, and a readiness check.
 */
package space.orbit.nats;
