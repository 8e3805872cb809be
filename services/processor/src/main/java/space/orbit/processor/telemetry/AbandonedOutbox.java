package space.orbit.processor.telemetry;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The leases of outbox rows. The sweeper takes over rows whose lease expired (their
 * publisher died or gave up): one statement extends the lease of up to {@code limit}
 * rows, skipping rows another processor is taking, and counts the attempt. A fast path
 * late to publish renews its row's lease, unless a sweeper took the row over first.
 * Leases are reckoned by the processors' clocks (as {@link StoreBatch} writes them), not
 * the database's.
 */
@Repository
class AbandonedOutbox {

	private static final String TAKE_OVER = """
			UPDATE telemetry_outbox o SET lease_until = ?, attempts = o.attempts + 1
			FROM (SELECT batch_id FROM telemetry_outbox WHERE lease_until < ?
			      ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED) c
			WHERE o.batch_id = c.batch_id
			RETURNING o.batch_id, o.received_at, o.created_at, o.min_ts, o.max_ts, o.frame_count, o.traceparent,
			          o.attempts""";

	private static final String RENEW = "UPDATE telemetry_outbox SET lease_until = ? WHERE batch_id = ? AND attempts = 0";

	private final JdbcTemplate jdbc;

	AbandonedOutbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Rows whose lease ended before {@code now}, leased until {@code leaseUntil}. */
	List<Row> takeOver(Instant now, Instant leaseUntil, int limit) {
		return this.jdbc.query(TAKE_OVER,
				(row, i) -> new Row(row.getObject(1, UUID.class), instant(row, 2), instant(row, 3), instant(row, 4),
						instant(row, 5), row.getInt(6), row.getString(7), row.getInt(8)),
				Timestamp.from(leaseUntil), Timestamp.from(now), limit);
	}

	/**
	 * Extends the lease of a row no sweeper has taken over; whether it did (false: a
	 * sweeper has it, or it is gone).
	 */
	boolean renew(UUID batchId, Instant leaseUntil) {
		return this.jdbc.update(RENEW, Timestamp.from(leaseUntil), batchId) == 1;
	}

	private static Instant instant(java.sql.ResultSet row, int column) throws java.sql.SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

	/** An outbox row taken over. */
	record Row(UUID batchId, Instant receivedAt, Instant createdAt, Instant minTs, Instant maxTs, int frameCount,
			String traceparent, int attempts) {

		Timestamp since(Duration skew) {
			return Timestamp.from(this.createdAt.minus(skew));
		}

	}

}
