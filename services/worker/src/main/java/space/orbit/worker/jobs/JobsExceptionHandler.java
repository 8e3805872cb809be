package space.orbit.worker.jobs;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.exc.InvalidTypeIdException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import space.orbit.kit.web.ProblemTypes;
import space.orbit.kit.web.ServiceExceptionHandler;
import space.orbit.worker.registry.UnknownSpacecraftException;

/**
 * Bad job requests as RFC 9457 problems naming the field, each counted in
 * {@code orbit_jobs_rejected_total{reason}}; never logged as errors.
 */
@RestControllerAdvice(assignableTypes = JobsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class JobsExceptionHandler {

	static final URI UNKNOWN_SPACECRAFT = ProblemTypes.of("unknown-spacecraft");

	static final URI JOB_ENDED = ProblemTypes.of("job-ended");

	private final JobMetrics metrics;

	JobsExceptionHandler(JobMetrics metrics) {
		this.metrics = metrics;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		this.metrics.rejected("malformed");
		String detail = "The body is not a job request" + ServiceExceptionHandler.whereInBody(ex) + ": "
				+ firstLine(ex.getMostSpecificCause().getMessage());
		if (ex.getMostSpecificCause() instanceof InvalidTypeIdException) {
			detail += " The 'type' field must be PASS_PREDICTION, GROUND_TRACK, CONJUNCTION_SCREENING or SPECTRAL_ANALYSIS.";
		}
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed job request", detail, request,
				null);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, HttpServletRequest request) {
		this.metrics.rejected("invalid");
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((e) -> Map.of("field", e.getField(), "detail", String.valueOf(e.getDefaultMessage())))
			.toList();
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST,
				"Invalid job request", "The job request has invalid fields: see 'errors'.", request, null);
		response.getBody().setProperty("errors", errors);
		return response;
	}

	@ExceptionHandler(InvalidJobException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidJobException ex, HttpServletRequest request) {
		this.metrics.rejected("invalid");
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid job request", ex.getMessage(),
				request, ex.field());
	}

	@ExceptionHandler(UnknownSpacecraftException.class)
	ResponseEntity<ProblemDetail> unknownSpacecraft(UnknownSpacecraftException ex, HttpServletRequest request) {
		this.metrics.rejected("unknown_spacecraft");
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.UNPROCESSABLE_CONTENT, UNKNOWN_SPACECRAFT,
				"Unknown spacecraft", ex.getMessage(), request, "spacecraftId");
		response.getBody().setProperty("spacecraftId", ex.spacecraftId());
		return response;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> badId(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		this.metrics.rejected("malformed");
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid job id",
				"'" + ex.getValue() + "' is not a job id (a UUID).", request, "id");
	}

	@ExceptionHandler(JobNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(JobNotFoundException ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No such job", ex.getMessage(), request, null);
	}

	@ExceptionHandler(JobFinishedException.class)
	ResponseEntity<ProblemDetail> ended(JobFinishedException ex, HttpServletRequest request) {
		ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, JOB_ENDED, "Job already ended",
				ex.getMessage(), request, null);
		response.getBody().setProperty("state", ex.state().name());
		return response;
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String title, String detail,
			HttpServletRequest request, String field) {
		ProblemDetail problem = ServiceExceptionHandler.problem(status, type, detail, request);
		problem.setTitle(title);
		if (field != null) {
			problem.setProperty("field", field);
		}
		return ResponseEntity.status(status).body(problem);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		String line = message.lines().findFirst().orElse("");
		return (line.length() > 300) ? line.substring(0, 300) + "..." : line + ".";
	}

}
