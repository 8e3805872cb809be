/**
 * The telemetry model shared by every Orbit service: a
 * {@link space.orbit.telemetry.Frame} carries many samples of one spacecraft at one
 * instant; a {@link space.orbit.telemetry.TelemetryBatch} is what one ingest request
 * accepted. The {@link space.orbit.telemetry.FrameReader} parses and validates the public
 * JSON form in one streaming pass; the {@link space.orbit.telemetry.TelemetryCodec}
 * writes and reads the canonical form that travels between services.
 */
package space.orbit.telemetry;
