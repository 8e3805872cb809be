/**
 * The live stream: Kafka consumers of telemetry, alerts and compute results; reduction to
 * min/max per pixel column; a bounded queue per client; server-sent events.
 */
package space.orbit.dashboard.stream;
