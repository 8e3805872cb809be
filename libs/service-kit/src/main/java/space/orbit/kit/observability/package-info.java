/**
 * Observability conventions: service defaults, the request id, and carrying trace context
 * where no instrumentation does it for us (an outbox row written now, published later).
 */
package space.orbit.kit.observability;
