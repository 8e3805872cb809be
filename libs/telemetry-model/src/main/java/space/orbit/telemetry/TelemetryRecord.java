package space.orbit.telemetry;

import java.util.List;
import java.util.Map;

/**
 * One record of {@code orbit.telemetry.v1}, read: frames of one spacecraft from one
 * batch.
 *
 * @param spacecraftId the spacecraft
 * @param batchId the ingest batch
 * @param receivedAtMicros when ingest received it, epoch micros (0 if unknown)
 * @param frames the frames
 */
public record TelemetryRecord(String spacecraftId, String batchId, long receivedAtMicros, List<Frame> frames) {

	/** When ingest received it, epoch millis (0 if unknown). */
	public long receivedAtMillis() {
		return Math.floorDiv(this.receivedAtMicros, 1_000L);
	}

	public int sampleCount() {
		return this.frames.stream().mapToInt(frame -> frame.samples().size()).sum();
	}

	/**
	 * One frame.
	 *
	 * @param timeMicros its timestamp, epoch micros
	 * @param sequence its sequence number
	 * @param samples parameter name to Double, Long, Boolean or String
	 */
	public record Frame(long timeMicros, long sequence, Map<String, Object> samples) {
	}

}
