package space.orbit.processor.samples;

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

/** Invalid queries as problem details naming the parameter. */
@RestControllerAdvice(assignableTypes = SamplesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SamplesExceptionHandler {

	@ExceptionHandler(InvalidQueryException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidQueryException ex, HttpServletRequest request) {
		ProblemDetail problem = ServiceExceptionHandler.problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST,
				ex.getMessage(), request);
		problem.setTitle("Invalid query");
		problem.setProperty("parameter", ex.parameter());
		return ResponseEntity.badRequest().body(problem);
	}

}
