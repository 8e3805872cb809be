package space.orbit.kit.web;

import java.time.Duration;

/**
 * A broker or database the request needs is down or pushing back: the request changed
 * nothing and may be retried after {@link #retryAfter()}. Answered 503 with
 * {@code Retry-After}.
 */
public class DependencyUnavailableException extends RuntimeException {

	private final String dependency;

	private final Duration retryAfter;

	public DependencyUnavailableException(String dependency, String message, Duration retryAfter, Throwable cause) {
		super(message, cause);
		this.dependency = dependency;
		this.retryAfter = retryAfter;
	}

	public String dependency() {
		return this.dependency;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
