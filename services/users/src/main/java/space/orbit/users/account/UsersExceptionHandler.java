package space.orbit.users.account;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import space.orbit.kit.web.JsonApiExceptionHandler;
import space.orbit.kit.web.ProblemTypes;
import space.orbit.kit.web.ServiceExceptionHandler;

/**
 * The User API's problems: bad input (counted in {@code orbit_requests_rejected_total}),
 * a taken e-mail address, an unknown id.
 */
@RestControllerAdvice(assignableTypes = UsersController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UsersExceptionHandler extends JsonApiExceptionHandler {

	static final URI DUPLICATE_EMAIL = ProblemTypes.of("duplicate-email");

	private final UserMetrics metrics;

	UsersExceptionHandler(UserMetrics metrics) {
		super("user", metrics::rejected);
		this.metrics = metrics;
	}

	@ExceptionHandler(DuplicateEmailException.class)
	ResponseEntity<ProblemDetail> duplicate(DuplicateEmailException ex, HttpServletRequest request) {
		this.metrics.rejected("duplicate_email");
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ServiceExceptionHandler.problem(HttpStatus.CONFLICT, DUPLICATE_EMAIL, ex.getMessage(), request));
	}

	@ExceptionHandler(UserNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(UserNotFoundException ex, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ServiceExceptionHandler.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, ex.getMessage(),
					request));
	}

}
