package space.orbit.kit.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import space.orbit.kit.observability.RequestIdFilter;

/**
 * The last word on errors for every service: Spring MVC's own exceptions, validation
 * failures, unavailable dependencies and anything unexpected, all as problem details.
 * Services add an advice of their own (with higher precedence) for domain errors.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ServiceExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ServiceExceptionHandler.class);

	private static final Map<Integer, URI> TYPES = Map.of(400, ProblemTypes.MALFORMED_REQUEST, 404,
			ProblemTypes.NOT_FOUND, 405, ProblemTypes.METHOD_NOT_ALLOWED, 406, ProblemTypes.NOT_ACCEPTABLE, 413,
			ProblemTypes.PAYLOAD_TOO_LARGE, 415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, 422, ProblemTypes.INVALID_REQUEST,
			503, ProblemTypes.DEPENDENCY_UNAVAILABLE);

	@ExceptionHandler(DependencyUnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(DependencyUnavailableException ex, HttpServletRequest request) {
		log.warn("{} unavailable: {}", ex.dependency(), ex.getMessage());
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
				ex.getMessage(), request);
		problem.setProperty("dependency", ex.dependency());
		long seconds = Math.max(1, ex.retryAfter().toSeconds());
		problem.setProperty("retryAfterSeconds", seconds);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(problem);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST,
				"The request's parameters are invalid.", request);
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> Map.of("parameter", leaf(v.getPropertyPath().toString()), "detail", v.getMessage()))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		String detail = "Parameter '" + ex.getName() + "' has an invalid value '" + ex.getValue() + "'"
				+ ((ex.getRequiredType() != null) ? ": expected " + ex.getRequiredType().getSimpleName() : "") + ".";
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, detail, request));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL_ERROR,
					"An unexpected error occurred; the request id identifies it in the logs.", request));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && request instanceof ServletWebRequest servlet) {
			decorate(problem, servlet.getRequest());
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	/**
	 * Where in a request body JSON parsing failed, as
	 * {@code " (at 'items[2].quantity')"}, or {@code ""} when unknown: for detail
	 * messages of malformed bodies.
	 */
	public static String whereInBody(HttpMessageNotReadableException ex) {
		if (ex.getMostSpecificCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (JacksonException.Reference reference : json.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
				}
				else {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			return " (at '" + path + "')";
		}
		return "";
	}

	/** A problem with Orbit's type, instance and request id. */
	public static ProblemDetail problem(HttpStatusCode status, URI type, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		decorate(problem, request);
		return problem;
	}

	private static void decorate(ProblemDetail problem, HttpServletRequest request) {
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			problem.setType(TYPES.getOrDefault(problem.getStatus(), ProblemTypes.of("http-" + problem.getStatus())));
		}
		if (problem.getInstance() == null) {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		String requestId = RequestIdFilter.of(request);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
	}

	private static String leaf(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

}
