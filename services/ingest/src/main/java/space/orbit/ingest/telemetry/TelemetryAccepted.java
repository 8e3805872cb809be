package space.orbit.ingest.telemetry;

import java.util.UUID;

/**
 * The answer to an accepted request.
 *
 * @param frames frames accepted
 * @param samples samples accepted
 * @param batchId the id of the batch, found again in every store
 */
record TelemetryAccepted(int frames, int samples, UUID batchId) {
}
