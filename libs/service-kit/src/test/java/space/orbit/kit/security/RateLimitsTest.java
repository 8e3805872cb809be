package space.orbit.kit.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token bucket per caller, on a clock the test moves. */
class RateLimitsTest {

	private final AtomicLong nanos = new AtomicLong();

	private final TimeMeter clock = new TimeMeter() {

		@Override
		public long currentTimeNanos() {
			return RateLimitsTest.this.nanos.get();
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	};

	private static final RateLimitKey STATION = new RateLimitKey(RateLimitKey.API_KEY, "station-1");

	@Test
	void aCallerMaySendItsBurstAtOnceThenWaitsForTheRefill() {
		RateLimits limits = new RateLimits(new RateLimitProperties(2, 4), this.clock);

		for (int i = 0; i < 4; i++) {
			assertThat(limits.waitBefore(STATION)).as("request %d of the burst", i).isZero();
		}
		Duration wait = limits.waitBefore(STATION);

		assertThat(wait).isEqualTo(Duration.ofMillis(500));
		this.nanos.addAndGet(wait.toNanos() - 1);
		assertThat(limits.waitBefore(STATION)).as("just before the refill").isPositive();
		this.nanos.incrementAndGet();
		assertThat(limits.waitBefore(STATION)).as("once refilled").isZero();
		assertThat(limits.waitBefore(STATION)).isPositive();
	}

	@Test
	void eachCallerHasABucketOfItsOwn() {
		RateLimits limits = new RateLimits(new RateLimitProperties(1, 1), this.clock);

		assertThat(limits.waitBefore(STATION)).isZero();
		assertThat(limits.waitBefore(STATION)).isEqualTo(Duration.ofSeconds(1));

		assertThat(limits.waitBefore(new RateLimitKey(RateLimitKey.API_KEY, "station-2"))).isZero();
		assertThat(limits.waitBefore(new RateLimitKey(RateLimitKey.CLIENT, "station-1"))).as("another kind").isZero();
	}

	@Test
	void zeroRequestsPerSecondLimitsNoOne() {
		RateLimits limits = new RateLimits(new RateLimitProperties(0, 0), this.clock);

		for (int i = 0; i < 10_000; i++) {
			assertThat(limits.waitBefore(STATION)).isZero();
		}
	}

	@Test
	void idleBucketsAreDroppedOnceThereAreMany() {
		RateLimits limits = new RateLimits(new RateLimitProperties(1, 1), this.clock);
		for (int i = 0; i <= RateLimits.MAX_IDLE_BUCKETS; i++) {
			limits.waitBefore(new RateLimitKey(RateLimitKey.USER, "user-" + i));
		}
		this.nanos.addAndGet(Duration.ofSeconds(1).toNanos());

		limits.waitBefore(STATION);

		assertThat(limits.waitBefore(new RateLimitKey(RateLimitKey.USER, "user-0"))).as("a fresh bucket").isZero();
		assertThat(limits.waitBefore(STATION)).as("the bucket in use was kept").isPositive();
	}

	@Test
	void refusesANegativeRateOrNoBurst() {
		assertThatThrownBy(() -> new RateLimitProperties(-1, 10))
			.hasMessageContaining("orbit.security.rate-limit.requests-per-second");
		assertThatThrownBy(() -> new RateLimitProperties(10, 0))
			.hasMessageContaining("orbit.security.rate-limit.burst");
	}

}
