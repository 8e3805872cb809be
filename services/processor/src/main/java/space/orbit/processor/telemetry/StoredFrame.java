package space.orbit.processor.telemetry;

import java.time.Instant;
import java.util.Map;

import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryCodec;

/**
 * A frame as the processor stores and publishes it: its identity, its sample count, its
 * samples object as JSON text (what the table stores, taken from the message as ingest
 * wrote it or from the table on recovery) and, when the message was just parsed, the
 * samples as values, so that they are not parsed again to be published.
 *
 * @param spacecraftId the spacecraft
 * @param timestamp the frame's time
 * @param sequence the frame's sequence number
 * @param sampleCount samples in the frame
 * @param samplesJson the samples object as JSON text
 * @param parsed the samples as values, or null to read them from {@code samplesJson}
 */
record StoredFrame(String spacecraftId, Instant timestamp, long sequence, int sampleCount, String samplesJson,
		Map<String, Object> parsed) {

	StoredFrame(String spacecraftId, Instant timestamp, long sequence, int sampleCount, String samplesJson) {
		this(spacecraftId, timestamp, sequence, sampleCount, samplesJson, null);
	}

	/** The frame with its samples as values. */
	Frame frame() {
		return new Frame(this.spacecraftId, this.timestamp, this.sequence,
				(this.parsed != null) ? this.parsed : TelemetryCodec.readSamples(this.samplesJson));
	}

}
