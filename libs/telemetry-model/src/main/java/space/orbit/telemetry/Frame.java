package space.orbit.telemetry;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One frame: the samples of one spacecraft at one instant, as a CCSDS packet carries many
 * parameters. Identified by (spacecraftId, sequence, timestamp); every store
 * de-duplicates on that identity. Sample values are {@link Double}, {@link Long},
 * {@link Boolean} or {@link String}; timestamps have microsecond precision.
 */
public record Frame(String spacecraftId, Instant timestamp, long sequence, Map<String, Object> samples) {

	public Frame {
		Objects.requireNonNull(spacecraftId, "spacecraftId");
		Objects.requireNonNull(timestamp, "timestamp");
		Objects.requireNonNull(samples, "samples");
	}

	public int sampleCount() {
		return this.samples.size();
	}

	public FrameKey key() {
		return new FrameKey(this.spacecraftId, this.sequence, this.timestamp);
	}

	/** The identity of a frame. */
	public record FrameKey(String spacecraftId, long sequence, Instant timestamp) {
	}

}
