package space.orbit.ingest.telemetry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Documentation only: the shapes of {@code POST /api/v1/telemetry}'s body for the OpenAPI
 * document. Ingest reads the body itself, in one streaming pass ({@code FrameReader}), so
 * nothing binds to these records.
 */
final class TelemetrySchemas {

	private TelemetrySchemas() {
	}

	/** A batch of frames. */
	@Schema(name = "FrameBatch", description = "A batch of frames, queued as one message: all are accepted or none",
			requiredProperties = "frames")
	record FrameBatch(@ArraySchema(minItems = 1, maxItems = 20_000, arraySchema = @Schema(
			description = "The frames, at most orbit.ingest.max-frames (20000)")) List<Frame> frames) {
	}

	/** One frame: a spacecraft's samples at one instant. */
	@Schema(name = "Frame",
			description = "A spacecraft's samples at one instant; (spacecraftId, sequence, timestamp) identify it, "
					+ "so a frame sent twice is stored once",
			requiredProperties = { "spacecraftId", "timestamp", "sequence", "samples" })
	record Frame(
			@Schema(description = "Letters, digits and _ - . : starting with a letter or digit", example = "ORB-1",
					maxLength = 128, pattern = "^[A-Za-z0-9][A-Za-z0-9_.:-]*$") String spacecraftId,
			@Schema(description = "ISO-8601 with a zone, kept to the microsecond; at most 366 days before receipt and "
					+ "5 minutes after it (orbit.ingest.max-past, max-future)",
					example = "2026-12-05T10:00:00.000000Z") Instant timestamp,
			@Schema(description = "The frame's sequence number", minimum = "0", example = "42") long sequence,
			@Schema(description = "Parameter name to value, at most orbit.ingest.max-samples-per-frame (2000). A name is "
					+ "dot-separated segments of letters, digits and _ (not starting with a digit), at most 128 "
					+ "characters; a string value at most 1024", minProperties = 1, maxProperties = 2_000,
					additionalPropertiesSchema = SampleValue.class) Map<String, Object> samples) {
	}

	/** A sample's value. */
	@Schema(name = "SampleValue", description = "A finite number, a boolean or a string (at most 1024 characters)",
			types = { "number", "boolean", "string" })
	interface SampleValue {

	}

}
