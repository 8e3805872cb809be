package space.orbit.kit.backlog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One outbox table's {@code orbit.outbox.backlog} (rows waiting to be published) and
 * {@code orbit.outbox.oldest.age} (seconds since the oldest row was written, 0 when none
 * waits), read with one statement.
 */
public final class OutboxBacklog {

	private final String outbox;

	private final String query;

	private final CachedValue rows = new CachedValue();

	private final CachedValue oldestAge = new CachedValue();

	/**
	 * @param outbox the {@code outbox} tag
	 * @param table the table (in the service's schema), with a {@code created_at} column
	 */
	public OutboxBacklog(String outbox, String table, MeterRegistry registry) {
		this.outbox = outbox;
		this.query = "SELECT count(*), min(created_at) FROM " + table;
		Gauge.builder("orbit.outbox.backlog", this.rows, CachedValue::value)
			.description("Outbox rows waiting to be published, as last read; NaN when unreadable")
			.tag("outbox", outbox)
			.register(registry);
		Gauge.builder("orbit.outbox.oldest.age", this.oldestAge, CachedValue::value)
			.description("Age of the oldest outbox row (0 when none waits), as last read; NaN when unreadable")
			.tag("outbox", outbox)
			.baseUnit("seconds")
			.register(registry);
	}

	public String name() {
		return "outbox " + this.outbox;
	}

	/** Reads the table; its age by this service's clock. */
	public void read(JdbcTemplate jdbc, Clock clock) {
		try {
			jdbc.query(this.query, (row) -> {
				Timestamp oldest = row.getTimestamp(2);
				this.rows.set(row.getLong(1));
				this.oldestAge.set((oldest != null) ? age(oldest.toInstant(), clock.instant()) : 0);
			});
		}
		catch (RuntimeException ex) {
			unknown();
			throw ex;
		}
	}

	public void unknown() {
		this.rows.unknown();
		this.oldestAge.unknown();
	}

	private static double age(Instant oldest, Instant now) {
		return Math.max(0, Duration.between(oldest, now).toNanos() / 1e9);
	}

}
