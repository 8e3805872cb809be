package space.orbit.kit.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request refused with one of Orbit's problem types: what a service throws instead of
 * building a {@code ProblemDetail}. The {@link ServiceExceptionHandler} answers it,
 * counts it and adds the request's id.
 */
public class ProblemException extends RuntimeException {

	private final ProblemType type;

	private final List<ProblemError> errors;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	private Duration retryAfter;

	public ProblemException(ProblemType type, String detail) {
		this(type, detail, List.of(), null);
	}

	public ProblemException(ProblemType type, String detail, List<ProblemError> errors) {
		this(type, detail, errors, null);
	}

	public ProblemException(ProblemType type, String detail, List<ProblemError> errors, Throwable cause) {
		super(detail, cause);
		this.type = type;
		this.errors = List.copyOf(errors);
	}

	public ProblemType type() {
		return this.type;
	}

	public List<ProblemError> errors() {
		return this.errors;
	}

	/**
	 * A property of the problem beyond the standard ones ({@code reason}, {@code state}).
	 */
	public ProblemException with(String name, Object value) {
		this.properties.put(name, value);
		return this;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

	/** Answered with {@code Retry-After} (and {@code retryAfterSeconds}). */
	public ProblemException retryAfter(Duration after) {
		this.retryAfter = after;
		return this;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	/**
	 * The {@code reason} the rejection is counted under: the problem's own, else its
	 * first error's, else the type's name.
	 */
	public String reason() {
		if (this.properties.get("reason") instanceof String reason) {
			return reason;
		}
		return this.errors.stream()
			.map(ProblemError::reason)
			.filter((reason) -> reason != null)
			.findFirst()
			.orElse(this.type.slug());
	}

}
