package space.orbit.ingest.telemetry;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.ingest.IngestProperties;
import space.orbit.ingest.security.ApiKeyAuthentication;
import space.orbit.kit.observability.RequestIdFilter;
import space.orbit.kit.security.RoleAccess;
import space.orbit.kit.web.ProblemException;
import space.orbit.kit.web.ProblemType;
import space.orbit.telemetry.FrameReader;
import space.orbit.telemetry.MalformedTelemetryException;
import space.orbit.telemetry.ParsedTelemetry;
import space.orbit.telemetry.RejectionReason;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.telemetry.TelemetryCodec;

/**
 * {@code POST /api/v1/telemetry}: a batch of frames, or one frame. The body is read as
 * bytes and parsed once, streaming; a valid batch becomes one RabbitMQ message. What is
 * refused is counted in {@code orbit_samples_rejected_total{reason}} and answered with
 * the kit's problems.
 */
@RestController
@RequestMapping("/api/v1/telemetry")
@Tag(name = "telemetry", description = "Frames of samples from ground stations and simulators")
class TelemetryController {

	private final FrameReader reader;

	private final TelemetryPublisher publisher;

	private final IngestMetrics metrics;

	private final SpacecraftScope scope;

	private final int maxBodySize;

	private final Clock clock;

	TelemetryController(FrameReader reader, TelemetryPublisher publisher, IngestMetrics metrics, SpacecraftScope scope,
			IngestProperties properties, Clock clock) {
		this.reader = reader;
		this.publisher = publisher;
		this.metrics = metrics;
		this.scope = scope;
		this.maxBodySize = (int) properties.maxBodySize().toBytes();
		this.clock = clock;
	}

	@PostMapping
	@RoleAccess(ApiKeyAuthentication.GROUND_STATION)
	@Operation(operationId = "submitTelemetry", summary = "Submit telemetry frames", description = TelemetryDocs.SUBMIT,
			requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
					schema = @Schema(oneOf = { TelemetrySchemas.FrameBatch.class, TelemetrySchemas.Frame.class }),
					examples = {
							@ExampleObject(name = "batch", summary = "A batch of frames",
									value = TelemetryDocs.BATCH_EXAMPLE,
									extensions = @Extension(properties = @ExtensionProperty(name = "orbit-timestamps",
											value = TelemetryDocs.RELATIVE_TIMESTAMPS))),
							@ExampleObject(name = "frame", summary = "One frame", value = TelemetryDocs.FRAME_EXAMPLE,
									extensions = @Extension(properties = @ExtensionProperty(name = "orbit-timestamps",
											value = TelemetryDocs.RELATIVE_TIMESTAMPS))) })))
	@ApiResponse(responseCode = "202", description = "Accepted: RabbitMQ confirmed the whole batch")
	@ApiResponse(responseCode = "400", description = "The body is not JSON")
	@ApiResponse(responseCode = "401", description = TelemetryDocs.UNAUTHORIZED)
	@ApiResponse(responseCode = "403", description = TelemetryDocs.FORBIDDEN)
	@ApiResponse(responseCode = "413", description = "The body is larger than orbit.ingest.max-body-size")
	@ApiResponse(responseCode = "415", description = "Not application/json in UTF-8")
	@ApiResponse(responseCode = "422", description = TelemetryDocs.INVALID)
	@ApiResponse(responseCode = "429", description = TelemetryDocs.TOO_MANY_REQUESTS)
	@ApiResponse(responseCode = "503", description = TelemetryDocs.UNAVAILABLE)
	ResponseEntity<TelemetryAccepted> submit(HttpServletRequest request) throws IOException {
		Instant receivedAt = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		checkMediaType(request.getContentType());
		byte[] body = readBody(request);
		ParsedTelemetry parsed;
		try {
			parsed = this.reader.read(body, receivedAt);
		}
		catch (MalformedTelemetryException ex) {
			this.metrics.rejected(RejectionReason.MALFORMED_JSON, 1);
			throw new ProblemException(ProblemType.MALFORMED_REQUEST, ex.getMessage());
		}
		if (!parsed.valid()) {
			this.metrics.rejected(parsed.rejectedSamples());
			throw TelemetryRejection.invalid(parsed);
		}
		this.scope.check(parsed);
		TelemetryBatch batch = new TelemetryBatch(UUID.randomUUID(), receivedAt, parsed.frames());
		this.publisher.publish(batch, TelemetryCodec.envelope(batch.batchId(), batch.receivedAt(), parsed.framesJson()),
				RequestIdFilter.of(request));
		this.metrics.accepted(batch.frames().size(), parsed.sampleCount());
		return ResponseEntity.accepted()
			.body(new TelemetryAccepted(batch.frames().size(), parsed.sampleCount(), batch.batchId()));
	}

	private void checkMediaType(String contentType) {
		MediaType type;
		try {
			type = (contentType != null) ? MediaType.parseMediaType(contentType) : null;
		}
		catch (InvalidMediaTypeException ex) {
			type = null;
		}
		boolean json = type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type)
				|| "json".equals(type.getSubtypeSuffix()) && "application".equals(type.getType()));
		boolean utf8 = type == null || type.getCharset() == null || "UTF-8".equalsIgnoreCase(type.getCharset().name());
		if (!json || !utf8) {
			this.metrics.rejected(RejectionReason.UNSUPPORTED_MEDIA_TYPE, 1);
			throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
					"Content-Type must be application/json (UTF-8), was "
							+ ((contentType != null) ? "'" + contentType + "'" : "absent") + ".");
		}
	}

	private byte[] readBody(HttpServletRequest request) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBodySize) {
			throw tooLarge(declared);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(this.maxBodySize + 1);
			if (body.length > this.maxBodySize) {
				throw tooLarge(-1);
			}
			return body;
		}
	}

	private ProblemException tooLarge(long declared) {
		this.metrics.rejected(RejectionReason.BODY_TOO_LARGE, 1);
		return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
				"The body" + ((declared > 0) ? " (" + declared + " bytes)" : "") + " is larger than the "
						+ this.maxBodySize + " bytes ingest accepts (orbit.ingest.max-body-size): split the batch.");
	}

}
