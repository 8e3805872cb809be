package space.orbit.auth.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The recent failed logins of one kind of key (accounts or client addresses) and the
 * locks they started, in this instance's memory: at most {@code tracked} keys (Caffeine,
 * the least recently failed forgotten first), each forgotten once its window and its lock
 * are over.
 */
final class FailedLogins {

	private final LoginProperties.Limit limit;

	private final Cache<String, Tally> tallies;

	FailedLogins(LoginProperties.Limit limit, long tracked, Clock clock) {
		this.limit = limit;
		Duration longest = (limit.window().compareTo(limit.lockOut()) > 0) ? limit.window() : limit.lockOut();
		this.tallies = Caffeine.newBuilder()
			.maximumSize(tracked)
			.expireAfterWrite(longest)
			.ticker(() -> ChronoUnit.NANOS.between(Instant.EPOCH, clock.instant()))
			.build();
	}

	/** When the lock on this key ends, or null when it is not locked at {@code now}. */
	Instant lockedUntil(String key, Instant now) {
		Tally tally = this.tallies.getIfPresent(key);
		return (tally != null && tally.lockedAt(now)) ? tally.lockedUntil() : null;
	}

	/**
	 * Counts a failed login at {@code now}.
	 * @return the end of the lock this failure started, or null when it started none
	 */
	Instant failed(String key, Instant now) {
		Tally tally = this.tallies.asMap()
			.compute(key, (unused, before) -> ((before != null) ? before : Tally.NONE).failed(now, this.limit));
		return tally.lockStarted() ? tally.lockedUntil() : null;
	}

	/** Forgets the key's failures (a successful login); a lock in force stays. */
	void succeeded(String key, Instant now) {
		this.tallies.asMap().computeIfPresent(key, (unused, before) -> before.lockedAt(now) ? before : null);
	}

	/** How many keys are remembered (for tests and diagnostics). */
	long size() {
		this.tallies.cleanUp();
		return this.tallies.estimatedSize();
	}

	/**
	 * One key's failures within the window (at most the limit's), and its lock.
	 *
	 * @param failures when the recent failures happened, oldest first
	 * @param lockedUntil when the lock ends, or null
	 * @param lockStarted whether the last failure started the lock
	 */
	private record Tally(List<Instant> failures, Instant lockedUntil, boolean lockStarted) {

		static final Tally NONE = new Tally(List.of(), null, false);

		boolean lockedAt(Instant now) {
			return this.lockedUntil != null && now.isBefore(this.lockedUntil);
		}

		Tally failed(Instant now, LoginProperties.Limit limit) {
			Instant since = now.minus(limit.window());
			List<Instant> recent = new ArrayList<>(limit.maxFailures());
			for (Instant failure : this.failures) {
				if (failure.isAfter(since)) {
					recent.add(failure);
				}
			}
			recent.add(now);
			while (recent.size() > limit.maxFailures()) {
				recent.remove(0);
			}
			if (recent.size() >= limit.maxFailures() && !lockedAt(now)) {
				// The failures that started the lock are spent: after it, counting starts
				// afresh.
				return new Tally(List.of(), now.plus(limit.lockOut()), true);
			}
			return new Tally(List.copyOf(recent), lockedAt(now) ? this.lockedUntil : null, false);
		}

	}

}
