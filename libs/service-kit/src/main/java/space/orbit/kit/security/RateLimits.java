package space.orbit.kit.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * A token bucket per caller (Bucket4j), in this instance's memory: each caller may send
 * {@link RateLimitProperties#burst()} requests at once and
 * {@link RateLimitProperties#requestsPerSecond()} in the long run. Callers are as many as
 * there are API keys and clients, but buckets that filled up again are dropped whenever
 * there are more than {@link #MAX_IDLE_BUCKETS}.
 */
public final class RateLimits {

	static final int MAX_IDLE_BUCKETS = 10_000;

	private final RateLimitProperties properties;

	private final TimeMeter time;

	private final Map<RateLimitKey, Bucket> buckets = new ConcurrentHashMap<>();

	public RateLimits(RateLimitProperties properties) {
		this(properties, TimeMeter.SYSTEM_NANOTIME);
	}

	RateLimits(RateLimitProperties properties, TimeMeter time) {
		this.properties = properties;
		this.time = time;
	}

	public RateLimitProperties properties() {
		return this.properties;
	}

	/**
	 * Takes one request from {@code key}'s bucket.
	 * @param key the caller
	 * @return {@link Duration#ZERO} when the request may go (a token was taken); else how
	 * long until the bucket holds one again (nothing was taken)
	 */
	public Duration waitBefore(RateLimitKey key) {
		if (!this.properties.enabled()) {
			return Duration.ZERO;
		}
		if (this.buckets.size() > MAX_IDLE_BUCKETS) {
			this.buckets.values().removeIf((bucket) -> bucket.getAvailableTokens() >= this.properties.burst());
		}
		ConsumptionProbe probe = this.buckets.computeIfAbsent(key, (k) -> newBucket()).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.properties.burst())
				.refillGreedy(this.properties.requestsPerSecond(), Duration.ofSeconds(1)))
			.withCustomTimePrecision(this.time)
			.build();
	}

}
