package space.orbit.telemetry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The frames accepted by one ingest request, travelling as one message from ingest to the
 * processor: a batch stays a batch from the HTTP request to the stores.
 *
 * @param batchId the id ingest gave the request, returned to the client
 * @param receivedAt when ingest received the request: the start of pipeline latency
 * @param frames the frames, in request order
 */
public record TelemetryBatch(UUID batchId, Instant receivedAt, List<Frame> frames) {

	public TelemetryBatch {
		frames = List.copyOf(frames);
	}

	public int sampleCount() {
		int count = 0;
		for (Frame frame : this.frames) {
			count += frame.sampleCount();
		}
		return count;
	}

}
