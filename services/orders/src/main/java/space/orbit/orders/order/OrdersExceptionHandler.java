package space.orbit.orders.order;

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
 * The Order API's problems: bad input (counted in {@code orbit_requests_rejected_total}),
 * an unknown id.
 */
@RestControllerAdvice(assignableTypes = OrdersController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrdersExceptionHandler extends JsonApiExceptionHandler {

	OrdersExceptionHandler(OrderMetrics metrics) {
		super("order", metrics::rejected);
	}

	@ExceptionHandler(OrderNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(OrderNotFoundException ex, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ServiceExceptionHandler.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, ex.getMessage(),
					request));
	}

}
