package space.orbit.analyzer.detection;

import java.util.List;
import java.util.Map;

/**
 * One record of {@code orbit.telemetry.v1}, read: frames of one spacecraft from one
 * batch.
 *
 * @param spacecraftId the spacecraft
 * @param batchId the ingest batch
 * @param receivedAtMillis when ingest received it, epoch millis (0 if unknown)
 * @param frames the frames, in (timestamp, sequence) order
 */
record TelemetryRecord(String spacecraftId, String batchId, long receivedAtMillis, List<Frame> frames) {

	/**
	 * One frame.
	 *
	 * @param timeMicros its timestamp, epoch micros
	 * @param sequence its sequence number
	 * @param samples parameter name to Double, Long, Boolean or String
	 */
	record Frame(long timeMicros, long sequence, Map<String, Object> samples) {

		/** A hash of the frame's identity (timestamp, sequence), never 0. */
		long identity() {
			long hash = this.timeMicros * 0x9E3779B97F4A7C15L ^ (this.sequence + 0x632BE59BD9B4E019L);
			hash ^= hash >>> 29;
			return (hash != 0) ? hash : 1;
		}

	}

}
