package space.orbit.ingest.telemetry;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.ingest.IngestProperties;
import space.orbit.kit.observability.RequestIdFilter;
import space.orbit.telemetry.FrameReader;
import space.orbit.telemetry.MalformedTelemetryException;
import space.orbit.telemetry.ParsedTelemetry;
import space.orbit.telemetry.RejectionReason;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.telemetry.TelemetryCodec;

/**
 * {@code POST /api/v1/telemetry}: a batch of frames, or one frame. The body is read as
 * bytes and parsed once, streaming; a valid batch becomes one RabbitMQ message.
 */
@RestController
@RequestMapping("/api/v1/telemetry")
class TelemetryController {

	private static final String EXAMPLE = """
			{"frames":[{"spacecraftId":"ORB-1","timestamp":"2026-11-21T10:00:00.000000Z","sequence":42,
			  "samples":{"EPS.BATTERY.VOLTAGE":28.1,"THERMAL.PANEL.TEMP":-12.5,"AOCS.MODE":"NOMINAL"}}]}""";

	private final FrameReader reader;

	private final TelemetryPublisher publisher;

	private final IngestMetrics metrics;

	private final int maxBodySize;

	private final Clock clock;

	TelemetryController(FrameReader reader, TelemetryPublisher publisher, IngestMetrics metrics,
			IngestProperties properties, Clock clock) {
		this.reader = reader;
		this.publisher = publisher;
		this.metrics = metrics;
		this.maxBodySize = (int) properties.maxBodySize().toBytes();
		this.clock = clock;
	}

	@PostMapping
	@Operation(summary = "Submit telemetry frames",
			description = "A batch {\"frames\":[...]} or a single frame. 202 only once RabbitMQ has confirmed the whole batch.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json", examples = @ExampleObject(value = EXAMPLE))))
	@ApiResponse(responseCode = "202", description = "Accepted: queued durably")
	@ApiResponse(responseCode = "400", description = "Malformed JSON")
	@ApiResponse(responseCode = "413", description = "Body too large")
	@ApiResponse(responseCode = "415", description = "Not application/json")
	@ApiResponse(responseCode = "422", description = "Invalid frames; nothing was accepted")
	@ApiResponse(responseCode = "503", description = "RabbitMQ down or blocking; retry after Retry-After")
	ResponseEntity<TelemetryAccepted> submit(HttpServletRequest request) throws IOException {
		Instant receivedAt = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		checkMediaType(request.getContentType());
		byte[] body = readBody(request);
		ParsedTelemetry parsed;
		try {
			parsed = this.reader.read(body, receivedAt);
		}
		catch (MalformedTelemetryException ex) {
			throw new RequestRejectedException(HttpStatus.BAD_REQUEST, RejectionReason.MALFORMED_JSON, ex.getMessage());
		}
		if (!parsed.valid()) {
			RejectionReason first = parsed.violations().get(0).reason();
			throw new RequestRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, first,
					parsed.violationCount() + " invalid value(s) in the request; nothing was accepted.",
					parsed.violations(), parsed.violationCount(), parsed.rejectedSamples());
		}
		TelemetryBatch batch = new TelemetryBatch(UUID.randomUUID(), receivedAt, parsed.frames());
		this.publisher.publish(batch, TelemetryCodec.envelope(batch.batchId(), batch.receivedAt(), parsed.framesJson()),
				RequestIdFilter.of(request));
		this.metrics.accepted(batch.frames().size(), parsed.sampleCount());
		return ResponseEntity.accepted()
			.body(new TelemetryAccepted(batch.frames().size(), parsed.sampleCount(), batch.batchId()));
	}

	private static void checkMediaType(String contentType) {
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
			throw new RequestRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					RejectionReason.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json (UTF-8), was "
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

	private RequestRejectedException tooLarge(long declared) {
		return new RequestRejectedException(HttpStatus.CONTENT_TOO_LARGE, RejectionReason.BODY_TOO_LARGE,
				"The body" + ((declared > 0) ? " (" + declared + " bytes)" : "") + " is larger than the "
						+ this.maxBodySize + " bytes ingest accepts (orbit.ingest.max-body-size): split the batch.");
	}

}
