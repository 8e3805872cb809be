package space.orbit.auth.login;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import space.orbit.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The sliding window, the lock, the reset and the bound of {@link FailedLogins}. */
class FailedLoginsTest {

	private final MovableClock clock = new MovableClock();

	private final FailedLogins logins = new FailedLogins(
			new LoginProperties.Limit(3, Duration.ofMinutes(10), Duration.ofMinutes(5)), 100, this.clock);

	@Test
	void failuresWithinTheWindowLockForTheLockOut() {
		Instant start = this.clock.instant();
		assertThat(this.logins.failed("a", start)).isNull();
		assertThat(this.logins.failed("a", start.plusSeconds(60))).isNull();

		Instant until = this.logins.failed("a", start.plusSeconds(120));

		assertThat(until).isEqualTo(start.plusSeconds(120).plus(Duration.ofMinutes(5)));
		assertThat(this.logins.lockedUntil("a", start.plusSeconds(121))).isEqualTo(until);
		assertThat(this.logins.lockedUntil("b", start.plusSeconds(121))).isNull();
		assertThat(this.logins.lockedUntil("a", until)).isNull();
		// The failures that locked it are spent: one more after the lock does not lock
		// again.
		assertThat(this.logins.failed("a", until)).isNull();
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() {
		Instant start = this.clock.instant();
		this.logins.failed("a", start);
		this.logins.failed("a", start.plus(Duration.ofMinutes(6)));

		assertThat(this.logins.failed("a", start.plus(Duration.ofMinutes(10)))).as("the first is out of the window")
			.isNull();
		assertThat(this.logins.failed("a", start.plus(Duration.ofMinutes(11)))).isNotNull();
	}

	@Test
	void aSuccessForgetsTheFailuresButNotALock() {
		Instant start = this.clock.instant();
		this.logins.failed("a", start);
		this.logins.failed("a", start);
		this.logins.succeeded("a", start);
		assertThat(this.logins.failed("a", start)).isNull();

		this.logins.failed("a", start);
		Instant until = this.logins.failed("a", start);
		this.logins.succeeded("a", start);

		assertThat(this.logins.lockedUntil("a", start)).isEqualTo(until);
	}

	@Test
	void atMostTheTrackedNumberOfKeysIsRemembered() {
		Instant now = this.clock.instant();
		for (int i = 0; i < 1_000; i++) {
			this.logins.failed("key-" + i, now);
		}

		assertThat(this.logins.size()).isLessThanOrEqualTo(100);
	}

	@Test
	void keysAreForgottenOnceTheirWindowAndLockAreOver() {
		this.logins.failed("a", this.clock.instant());
		assertThat(this.logins.size()).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));

		assertThat(this.logins.size()).isZero();
	}

	@Test
	void logsNameAnAccountMasked() {
		assertThat(LoginThrottle.masked("ada@orbit.space")).isEqualTo("a***@orbit.space");
		assertThat(LoginThrottle.masked("no-at-sign")).isEqualTo("n***");
		assertThat(LoginThrottle.account("  Ada@Orbit.SPACE ")).isEqualTo("ada@orbit.space");
	}

	@Test
	void thePageSaysWhenToTryAgainInWholeMinutes() {
		assertThat(LoginPage.tooMany(Duration.ofMinutes(15))).endsWith("Try again in 15 minutes.");
		assertThat(LoginPage.tooMany(Duration.ofSeconds(61))).endsWith("Try again in 2 minutes.");
		assertThat(LoginPage.tooMany(Duration.ofSeconds(5))).endsWith("Try again in 1 minute.");
		assertThat(LoginPage.tooMany(Duration.ofSeconds(-5))).endsWith("Try again in 1 minute.");
	}

}
