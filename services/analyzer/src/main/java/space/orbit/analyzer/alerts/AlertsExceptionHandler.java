package space.orbit.analyzer.alerts;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import space.orbit.kit.web.ProblemTypes;
import space.orbit.kit.web.ServiceExceptionHandler;

/** The alerts API's own problems: invalid input, transitions not allowed, races. */
@RestControllerAdvice(assignableTypes = AlertsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AlertsExceptionHandler {

	private final AlertMetrics metrics;

	AlertsExceptionHandler(AlertMetrics metrics) {
		this.metrics = metrics;
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRequestException ex, HttpServletRequest request) {
		this.metrics.rejected(ex.body() ? "invalid_body" : "invalid_parameter");
		HttpStatus status = ex.body() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ServiceExceptionHandler.problem(status,
				ex.body() ? ProblemTypes.of("invalid-alert-action") : ProblemTypes.INVALID_REQUEST, ex.getMessage(),
				request);
		problem.setProperty("errors", ex.errors());
		if (!ex.body()) {
			problem.setProperty("parameter", ex.errors().get(0).get("field"));
		}
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler(TransitionNotAllowedException.class)
	ResponseEntity<ProblemDetail> notAllowed(TransitionNotAllowedException ex, HttpServletRequest request) {
		this.metrics.rejected("transition_not_allowed");
		ProblemDetail problem = ServiceExceptionHandler.problem(HttpStatus.CONFLICT,
				ProblemTypes.of("alert-transition-not-allowed"), ex.getMessage(), request);
		problem.setProperty("state", ex.state());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> raced(ObjectOptimisticLockingFailureException ex, HttpServletRequest request) {
		this.metrics.rejected("concurrent_change");
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ServiceExceptionHandler.problem(HttpStatus.CONFLICT, ProblemTypes.of("concurrent-change"),
					"The alert changed while this request was handled; read it again and retry.", request));
	}

}
