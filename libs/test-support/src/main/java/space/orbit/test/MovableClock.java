package space.orbit.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The wall clock, moved forward by the test: time runs as usual, plus every
 * {@link #advance} so far (a lock-out, a token's expiry, without waiting for it).
 */
public final class MovableClock extends Clock {

	private final ZoneId zone;

	private final MovableClock moves;

	private volatile Duration ahead = Duration.ZERO;

	/** A clock in UTC. */
	public MovableClock() {
		this.zone = ZoneOffset.UTC;
		this.moves = this;
	}

	private MovableClock(ZoneId zone, MovableClock moves) {
		this.zone = zone;
		this.moves = moves;
	}

	/** Moves this clock, and every clock {@link #withZone} made of it, forward. */
	public void advance(Duration duration) {
		this.moves.ahead = this.moves.ahead.plus(duration);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.moves.ahead);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	/** The same moved time, shown in {@code zone}. */
	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(this.zone) ? this : new MovableClock(zone, this.moves);
	}

}
