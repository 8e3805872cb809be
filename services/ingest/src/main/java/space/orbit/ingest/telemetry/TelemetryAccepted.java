package space.orbit.ingest.telemetry;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to an accepted request.
 *
 * @param frames frames accepted
 * @param samples samples accepted
 * @param batchId the id of the batch, found again in every store
 */
@Schema(name = "TelemetryAccepted", description = "What was accepted and queued")
record TelemetryAccepted(@Schema(description = "Frames accepted", example = "2") int frames,
		@Schema(description = "Samples accepted", example = "6") int samples,
		@Schema(description = "The batch's id, found again in every store",
				example = "0f8fad5b-d9cb-469f-a165-70867728950e") UUID batchId) {
}
