package space.orbit.kit.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import space.orbit.kit.web.ProblemResponses;
import space.orbit.kit.web.ProblemType;

/**
 * Answers a caller over its rate limit 429 {@code too-many-requests} with
 * {@code Retry-After} (whole seconds, at least 1) and {@code retryAfterSeconds}, and
 * counts it in {@code orbit_requests_throttled_total{kind}}. Placed in the security
 * filter chain after authentication, so the caller is known; an anonymous request passes
 * (authentication refuses it).
 */
public class RateLimitFilter extends OncePerRequestFilter {

	static final String METER = "orbit.requests.throttled";

	private final RateLimits limits;

	private final ProblemResponses problems;

	private final MeterRegistry registry;

	public RateLimitFilter(RateLimits limits, ProblemResponses problems, MeterRegistry registry) {
		this.limits = limits;
		this.problems = problems;
		this.registry = registry;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<RateLimitKey> key = RateLimitKey.of(SecurityContextHolder.getContext().getAuthentication());
		Duration wait = key.map(this.limits::waitBefore).orElse(Duration.ZERO);
		if (wait.isZero()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		Counter.builder(METER)
			.description("Requests refused 429 by the rate limit, by the kind of caller")
			.tag("kind", key.get().kind())
			.register(this.registry)
			.increment();
		RateLimitProperties properties = this.limits.properties();
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		this.problems.write(request, response, ProblemType.TOO_MANY_REQUESTS,
				"More than " + properties.requestsPerSecond() + " requests per second (bursts of " + properties.burst()
						+ ") from " + key.get().kind() + " '" + key.get().name()
						+ "' (orbit.security.rate-limit): retry after " + seconds + " s.",
				Map.of("retryAfterSeconds", seconds));
	}

}
