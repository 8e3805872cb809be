package space.orbit.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rate limit of each caller (ADR 0017), under {@code orbit.security.rate-limit}: a
 * token bucket per API key and per client, refilled at {@code requestsPerSecond} and
 * holding at most {@code burst} requests. The defaults are far above what
 * {@code ./orbit bench} sends (about 30 requests per second at its highest rate).
 *
 * @param requestsPerSecond the sustained rate each caller is allowed; 0 turns the limit
 * off
 * @param burst how many requests a caller may send at once after a quiet spell
 */
@ConfigurationProperties("orbit.security.rate-limit")
public record RateLimitProperties(@DefaultValue("200") long requestsPerSecond, @DefaultValue("400") long burst) {

	public RateLimitProperties {
		if (requestsPerSecond < 0) {
			throw new IllegalArgumentException(
					"orbit.security.rate-limit.requests-per-second must be 0 (no limit) or more, was "
							+ requestsPerSecond);
		}
		if (requestsPerSecond > 0 && burst < 1) {
			throw new IllegalArgumentException(
					"orbit.security.rate-limit.burst must be at least 1 while a rate limit is set, was " + burst);
		}
	}

	/** Whether callers are limited at all. */
	public boolean enabled() {
		return this.requestsPerSecond > 0;
	}

}
