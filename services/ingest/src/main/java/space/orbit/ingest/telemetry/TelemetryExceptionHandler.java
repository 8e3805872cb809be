package space.orbit.ingest.telemetry;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import space.orbit.kit.web.ProblemTypes;
import space.orbit.kit.web.ServiceExceptionHandler;

/**
 * Rejected telemetry as problem details: which values, where (JSON pointers), and why.
 */
@RestControllerAdvice(assignableTypes = TelemetryController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TelemetryExceptionHandler {

	private final IngestMetrics metrics;

	TelemetryExceptionHandler(IngestMetrics metrics) {
		this.metrics = metrics;
	}

	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RequestRejectedException ex, HttpServletRequest request) {
		this.metrics.rejected(ex.rejectedSamples());
		ProblemDetail problem = ServiceExceptionHandler.problem(ex.status(),
				ProblemTypes.of("telemetry-" + ex.reason().tag().replace('_', '-')), ex.getMessage(), request);
		problem.setTitle(title(ex));
		problem.setProperty("reason", ex.reason().tag());
		if (!ex.violations().isEmpty()) {
			List<Map<String, String>> violations = ex.violations()
				.stream()
				.map(v -> Map.of("pointer", v.pointer(), "reason", v.reason().tag(), "detail", v.detail()))
				.toList();
			problem.setProperty("violations", violations);
			problem.setProperty("violationCount", ex.violationCount());
		}
		return ResponseEntity.status(ex.status()).body(problem);
	}

	private static String title(RequestRejectedException ex) {
		return switch (ex.status()) {
			case BAD_REQUEST -> "Malformed JSON";
			case CONTENT_TOO_LARGE -> "Request body too large";
			case UNSUPPORTED_MEDIA_TYPE -> "Unsupported media type";
			default -> "Invalid telemetry";
		};
	}

}
