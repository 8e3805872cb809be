package space.orbit.kit.web;

import java.time.Duration;
import java.util.List;

/**
 * A broker or database the request needs is down or pushing back: the request changed
 * nothing and may be retried after {@link #retryAfter()}. Answered 503
 * {@code dependency-unavailable} with {@code Retry-After}, naming the dependency.
 */
public class DependencyUnavailableException extends ProblemException {

	private final String dependency;

	public DependencyUnavailableException(String dependency, String message, Duration retryAfter, Throwable cause) {
		super(ProblemType.DEPENDENCY_UNAVAILABLE, message, List.of(), cause);
		this.dependency = dependency;
		with("dependency", dependency);
		retryAfter(retryAfter);
	}

	public String dependency() {
		return this.dependency;
	}

}
