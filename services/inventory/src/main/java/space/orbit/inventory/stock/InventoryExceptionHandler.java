package space.orbit.inventory.stock;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import space.orbit.kit.web.ProblemTypes;
import space.orbit.kit.web.ServiceExceptionHandler;

/**
 * The Inventory API's problems: bad input (counted in
 * {@code orbit_requests_rejected_total}), nothing else: reading levels cannot fail
 * otherwise.
 */
@RestControllerAdvice(assignableTypes = InventoryController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InventoryExceptionHandler {

	private final StockMetrics metrics;

	InventoryExceptionHandler(StockMetrics metrics) {
		this.metrics = metrics;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request) {
		this.metrics.rejected("invalid_body");
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "detail", String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = ServiceExceptionHandler.problem(HttpStatus.UNPROCESSABLE_CONTENT,
				ProblemTypes.INVALID_REQUEST, "The stock receipt is invalid.", request);
		problem.setProperty("errors", errors);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		this.metrics.rejected("malformed_body");
		return ResponseEntity.badRequest()
			.body(ServiceExceptionHandler.problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
					"The body is not a JSON stock receipt" + ServiceExceptionHandler.whereInBody(ex) + ".", request));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		this.metrics.rejected("unsupported_media_type");
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.body(ServiceExceptionHandler.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Send the stock receipt as application/json.", request));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, InvalidParameterException.class })
	ResponseEntity<ProblemDetail> invalidParameter(RuntimeException ex, HttpServletRequest request) {
		this.metrics.rejected("invalid_parameter");
		String detail = (ex instanceof MethodArgumentTypeMismatchException mismatch)
				? "Parameter '" + mismatch.getName() + "' has an invalid value '" + mismatch.getValue() + "'."
				: ex.getMessage();
		return ResponseEntity.badRequest()
			.body(ServiceExceptionHandler.problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, detail,
					request));
	}

}
