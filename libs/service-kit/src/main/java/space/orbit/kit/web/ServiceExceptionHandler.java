package space.orbit.kit.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import space.orbit.kit.security.Roles;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.beans.TypeMismatchException;
import space.orbit.kit.observability.RequestIdFilter;

/**
 * The last word on errors for every service (ADR 0012): Orbit's own
 * {@link ProblemException}s, Spring MVC's exceptions, unreadable and invalid bodies, bad
 * parameters, optimistic-lock races, an unreachable database and anything unexpected, all
 * as problem details of the {@link ProblemType} registry, each 4xx counted in
 * {@code orbit_requests_rejected_total{type,reason}}. Bad input is never logged above
 * DEBUG.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ServiceExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ServiceExceptionHandler.class);

	private static final Duration DATABASE_RETRY = Duration.ofSeconds(5);

	private final Rejections rejections;

	public ServiceExceptionHandler(Rejections rejections) {
		this.rejections = rejections;
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<Object> problem(ProblemException ex, HttpServletRequest request) {
		if (ex.type().status().is5xxServerError()) {
			log.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		}
		return answer(Problems.of(ex), Problems.headers(ex), request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException ex, HttpServletRequest request) {
		return problem(new ProblemException(ProblemType.CONCURRENT_CHANGE,
				"The resource changed while this request was handled: read it again and retry."), request);
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessResourceException.class })
	ResponseEntity<Object> databaseUnavailable(Exception ex, HttpServletRequest request) {
		return problem(new DependencyUnavailableException("database",
				"The database is unreachable or overloaded; nothing was changed: retry after "
						+ DATABASE_RETRY.toSeconds() + " s.",
				DATABASE_RETRY, ex), request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
		List<ProblemError> errors = ex.getConstraintViolations()
			.stream()
			.map((v) -> ProblemError.parameter(leaf(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return problem(
				new ProblemException(ProblemType.INVALID_PARAMETER, BodyErrors.summary("parameters", errors), errors),
				request);
	}

	/**
	 * A Content-Type with a wildcard ({@code *}{@code /*}) is refused by Spring's header
	 * parsing with a bare IllegalArgumentException, before any converter sees the body:
	 * 415 like any other media type not taken. Any other IllegalArgumentException is a
	 * bug.
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Object> illegalArgument(IllegalArgumentException ex, HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType != null && contentType.contains("*")) {
			return problem(new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
					"Send the body as application/json; its Content-Type was '" + contentType
							+ "', a wildcard, which names no media type."),
					request);
		}
		return unexpected(ex, request);
	}

	/**
	 * Method security refused the token's roles (ADR 0017): 403 naming the role the
	 * operation needs.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException ex, HttpServletRequest request,
			@Nullable HandlerMethod handler) {
		String required = (handler != null) ? Roles.declaredBy(handler.getMethod()).orElse(null) : null;
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String who = (authentication != null) ? authentication.getName() : "the caller";
		List<String> roles = (authentication != null) ? authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring("ROLE_".length()))
			.toList() : List.of();
		ProblemDetail problem = Problems.of(ProblemType.FORBIDDEN,
				((required != null) ? "This operation needs the role '" + required + "'"
						: "This operation is not allowed") + "; the token of '" + who + "' has " + roles + ".");
		if (required != null) {
			problem.setProperty("requiredRole", required);
		}
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE,
				"Bearer error=\"insufficient_scope\", error_description=\"The request requires higher privileges than provided by the access token.\"");
		return answer(problem, headers, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
		if (lostDatabaseConnection(ex)) {
			return databaseUnavailable(ex, request);
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return answer(
				Problems.of(ProblemType.INTERNAL_ERROR,
						"An unexpected error occurred; the request id identifies it in the logs."),
				new HttpHeaders(), request);
	}

	/**
	 * Whether the database's connection was lost under the request: an SQL state of class
	 * 08 (connection exception) or 57P01-57P03 (the server shutting down, crashed,
	 * starting) anywhere in the causes. Hibernate reports such a failure inside a
	 * transaction as a {@code JpaSystemException} ("Application exception overridden by
	 * rollback exception"), which is no {@code DataAccessResourceFailureException}: found
	 * by the chaos run, where a PostgreSQL restart gave the users API eight 500s instead
	 * of 503s (ADR 0026). Also the state-less "Connection is closed" of HikariCP's
	 * closed-connection proxy: the pool evicted the connection as broken (57P01) and the
	 * transaction's rollback then failed on it, so the rollback's exception replaced the
	 * one with the SQL state (found by the second 30-minute run: two 500s).
	 */
	private static final String CLOSED_BY_POOL = "Connection is closed";

	static boolean lostDatabaseConnection(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql) {
				for (java.sql.SQLException next = sql; next != null; next = next.getNextException()) {
					String state = next.getSQLState();
					if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
							|| state.equals("57P03"))) {
						return true;
					}
					if (state == null && CLOSED_BY_POOL.equals(next.getMessage())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(BodyErrors.unreadable(ex), servlet(request));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(BodyErrors.invalid(ex.getBindingResult()), servlet(request));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(BodyErrors.invalid(ex), servlet(request));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m)
				? m.getName() : ex.getPropertyName();
		String expected = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "another type";
		return problem(new InvalidParameterException(String.valueOf(name),
				"must be a valid " + expected + ", was '" + ex.getValue() + "'"), servlet(request));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(new InvalidParameterException(ex.getParameterName(), "is required"), servlet(request));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String was = (ex.getContentType() != null) ? "'" + ex.getContentType() + "'" : "absent";
		ProblemException problem = new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
				"Send the body as application/json; its Content-Type was " + was + ".");
		return answer(Problems.of(problem), headers, servlet(request));
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		HttpServletRequest servlet = servlet(request);
		return problem(
				new NotFoundException(
						"There is no " + servlet.getMethod() + " " + servlet.getRequestURI() + " (see /v3/api-docs)."),
				servlet);
	}

	/**
	 * Every answer Spring MVC's own handling builds passes here: typed, decorated,
	 * counted.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && request instanceof ServletWebRequest servlet) {
			decorate(problem, servlet.getRequest());
			this.rejections.count(problem);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ResponseEntity<Object> answer(ProblemDetail problem, HttpHeaders headers, HttpServletRequest request) {
		decorate(problem, request);
		this.rejections.count(problem);
		return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
	}

	private static void decorate(ProblemDetail problem, HttpServletRequest request) {
		if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
			ProblemType.forStatus(problem.getStatus()).ifPresent((type) -> {
				problem.setType(type.uri());
				problem.setTitle(type.title());
			});
		}
		if (problem.getInstance() == null) {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		String requestId = RequestIdFilter.of(request);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
	}

	private static HttpServletRequest servlet(WebRequest request) {
		return ((ServletWebRequest) request).getRequest();
	}

	private static String leaf(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

}
