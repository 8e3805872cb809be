package space.orbit.processor.telemetry;

import java.time.Instant;
import java.util.List;

import space.orbit.telemetry.TelemetryBatch;

/**
 * A batch after its transaction committed.
 *
 * @param batch the batch as consumed
 * @param newFrames the frames this delivery stored (none when all were stored before)
 * @param leaseUntil until when its outbox row is this processor's to publish (after it,
 * the sweeper may take it over)
 */
record StoredBatch(TelemetryBatch batch, List<StoredFrame> newFrames, Instant leaseUntil) {

	int newSamples() {
		return this.newFrames.stream().mapToInt(StoredFrame::sampleCount).sum();
	}

}
