/**
 * The telemetry model shared by every Orbit service: a
 * {@link space.orbit.telemetry.Frame} carries many samples of one spacecraft at one
 * instant; a {@link space.orbit.telemetry.TelemetryBatch} is what one ingest request
 * accepted. The {@link space.orbit.telemetry.FrameReader} parses and validates the public
 * JSON form in one streaming pass; the {@link space.orbit.telemetry.TelemetryCodec}
 * writes and reads the canonical form that travels between services. A
 * {@link space.orbit.telemetry.TelemetryRecord} is one record of
 * {@code orbit.telemetry.v1} as its consumers see it, read by the
 * {@link space.orbit.telemetry.TelemetryRecordReader}.
 */
package space.orbit.telemetry;
