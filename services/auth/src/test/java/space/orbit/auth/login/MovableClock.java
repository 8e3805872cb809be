package space.orbit.auth.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The wall clock, moved forward by the test. */
final class MovableClock extends Clock {

	private volatile Duration ahead = Duration.ZERO;

	void advance(Duration duration) {
		this.ahead = this.ahead.plus(duration);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.ahead);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		// The auth service reads instants only; a clock in another zone is never asked
		// for.
		throw new UnsupportedOperationException("a test clock in UTC only, not " + zone);
	}

}
