package space.orbit.telemetry;

import java.util.List;

/**
 * A batch with each frame's samples object as JSON text, in frame order.
 *
 * @param batch the batch
 * @param samplesJson {@code samplesJson.get(i)} is the samples object of
 * {@code batch.frames().get(i)}
 */
public record RawTelemetryBatch(TelemetryBatch batch, List<String> samplesJson) {
}
