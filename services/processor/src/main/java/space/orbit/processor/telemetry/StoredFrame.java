package space.orbit.processor.telemetry;

import java.time.Instant;

/**
 * A frame as the processor stores and publishes it: its identity, its sample count, and
 * its samples object as JSON text — taken from the message as ingest wrote it, or from
 * the table on recovery — so the samples are never serialized again.
 */
record StoredFrame(String spacecraftId, Instant timestamp, long sequence, int sampleCount, String samplesJson) {
}
