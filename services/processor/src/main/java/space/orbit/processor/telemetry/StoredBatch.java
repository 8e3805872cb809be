package space.orbit.processor.telemetry;

import java.util.List;

import space.orbit.telemetry.TelemetryBatch;

/**
 * A batch after its transaction committed.
 *
 * @param batch the batch as consumed
 * @param newFrames the frames this delivery stored (none when all were stored before)
 */
record StoredBatch(TelemetryBatch batch, List<StoredFrame> newFrames) {

	int newSamples() {
		return this.newFrames.stream().mapToInt(StoredFrame::sampleCount).sum();
	}

}
