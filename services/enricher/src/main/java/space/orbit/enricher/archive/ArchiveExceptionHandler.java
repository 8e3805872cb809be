package space.orbit.enricher.archive;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import space.orbit.kit.web.ProblemTypes;
import space.orbit.kit.web.ServiceExceptionHandler;

/**
 * Invalid archive queries as problem details naming the parameter: 400 when malformed,
 * 422 with the bounding setting ({@code limit}) and its value ({@code maximum}) when
 * beyond a bound. Counted in {@code orbit_queries_rejected_total{reason}}.
 */
@RestControllerAdvice(assignableTypes = ArchiveController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ArchiveExceptionHandler {

	private final MeterRegistry registry;

	ArchiveExceptionHandler(MeterRegistry registry) {
		this.registry = registry;
	}

	@ExceptionHandler(InvalidQueryException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidQueryException ex, HttpServletRequest request) {
		boolean beyondLimit = ex.limit() != null;
		HttpStatus status = beyondLimit ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ServiceExceptionHandler.problem(status, ProblemTypes.INVALID_REQUEST, ex.getMessage(),
				request);
		problem.setTitle(beyondLimit ? "Query beyond a limit" : "Invalid query");
		problem.setProperty("parameter", ex.parameter());
		if (beyondLimit) {
			problem.setProperty("limit", ex.limit());
			problem.setProperty("maximum", ex.maximum());
		}
		this.registry.counter("orbit.queries.rejected", "reason", beyondLimit ? "beyond_limit" : "malformed")
			.increment();
		return ResponseEntity.status(status).body(problem);
	}

}
