package space.orbit.kit.web;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The bad input of a JSON API, answered the same way by every service that takes one kind
 * of JSON body: 422 with the fields' errors for an invalid body, 400 for a malformed one
 * (with where it broke), 415 for another media type, 400 for a bad query parameter. Each
 * rejection is counted through the service's callback with its reason
 * ({@code invalid_body}, {@code malformed_body}, {@code unsupported_media_type},
 * {@code invalid_parameter}).
 *
 * <p>
 * A service extends it in a {@code @RestControllerAdvice} limited to its controllers,
 * ordered before the {@link ServiceExceptionHandler}, and adds its own problems.
 */
public abstract class JsonApiExceptionHandler {

	private final String subject;

	private final Consumer<String> rejections;

	/**
	 * @param subject what the body is, for the messages ("order", "stock receipt")
	 * @param rejections counts a rejection by its reason
	 */
	protected JsonApiExceptionHandler(String subject, Consumer<String> rejections) {
		this.subject = subject;
		this.rejections = rejections;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request) {
		this.rejections.accept("invalid_body");
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "detail", String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = ServiceExceptionHandler.problem(HttpStatus.UNPROCESSABLE_CONTENT,
				ProblemTypes.INVALID_REQUEST, "The " + this.subject + " is invalid.", request);
		problem.setProperty("errors", errors);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		this.rejections.accept("malformed_body");
		return ResponseEntity.badRequest()
			.body(ServiceExceptionHandler.problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
					"The body is not a JSON " + this.subject + ServiceExceptionHandler.whereInBody(ex) + ".", request));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		this.rejections.accept("unsupported_media_type");
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.body(ServiceExceptionHandler.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Send the " + this.subject + " as application/json.",
					request));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, InvalidParameterException.class })
	ResponseEntity<ProblemDetail> invalidParameter(RuntimeException ex, HttpServletRequest request) {
		this.rejections.accept("invalid_parameter");
		String detail = (ex instanceof MethodArgumentTypeMismatchException mismatch)
				? "Parameter '" + mismatch.getName() + "' has an invalid value '" + mismatch.getValue() + "'."
				: ex.getMessage();
		return ResponseEntity.badRequest()
			.body(ServiceExceptionHandler.problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, detail,
					request));
	}

}
