package space.orbit.worker.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jobs in PostgreSQL. Every change of state is one conditional statement, so that a
 * cancellation, a redelivery and a finishing worker cannot overwrite each other; ending a
 * job writes its result and its outbox row in the same transaction.
 */
@Component
class JobStore {

	private static final String COLUMNS = "id, type, state, priority, parameters::text AS parameters, progress, "
			+ "attempts, error, created_at, started_at, finished_at, submitted_by, cancelled_by";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	JobStore(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	JobRecord insert(UUID id, JobType type, int priority, String parameters, Instant now, String submittedBy) {
		this.jdbc
			.sql("INSERT INTO job (id, type, state, priority, parameters, created_at, updated_at, dispatched, "
					+ "submitted_by) VALUES (?, ?, 'QUEUED', ?, ?::jsonb, ?, ?, false, ?)")
			.params(id, type.name(), priority, parameters, Timestamp.from(now), Timestamp.from(now), submittedBy)
			.update();
		return new JobRecord(id, type, JobState.QUEUED, priority, parameters, 0, 0, null, now, null, null, submittedBy,
				null);
	}

	/** Records that the job's message was confirmed by RabbitMQ. */
	void dispatched(UUID id) {
		this.jdbc.sql("UPDATE job SET dispatched = true WHERE id = ?").param(id).update();
	}

	/**
	 * Takes over up to {@code limit} jobs left undispatched for longer than {@code lease}
	 * (their worker died between the insert and the publication): each is handed to
	 * {@code dispatch} and marked dispatched, in one transaction per sweep, rows locked
	 * so that two workers never take the same one.
	 * @return the jobs dispatched
	 */
	List<UUID> dispatchAbandoned(Duration lease, int limit, BiConsumer<UUID, Integer> dispatch) {
		return this.transactions.execute((status) -> {
			record Undispatched(UUID id, int priority) {
			}
			List<Undispatched> jobs = this.jdbc
				.sql("SELECT id, priority FROM job WHERE NOT dispatched "
						+ "AND created_at < now() - ? * interval '1 millisecond' "
						+ "ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED")
				.params(lease.toMillis(), limit)
				.query((rs, n) -> new Undispatched(rs.getObject("id", UUID.class), rs.getInt("priority")))
				.list();
			for (Undispatched job : jobs) {
				dispatch.accept(job.id(), job.priority());
				dispatched(job.id());
			}
			return jobs.stream().map(Undispatched::id).toList();
		});
	}

	void delete(UUID id) {
		this.jdbc.sql("DELETE FROM job WHERE id = ?").param(id).update();
	}

	Optional<JobRecord> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM job WHERE id = ?").param(id).query(JobStore::row).optional();
	}

	Optional<String> result(UUID id) {
		return this.jdbc.sql("SELECT result::text FROM job_result WHERE job_id = ?")
			.param(id)
			.query(String.class)
			.optional();
	}

	/**
	 * Takes the job for a run: the attempt's number, or empty if it ended meanwhile or
	 * runs elsewhere. A RUNNING job is taken only by a redelivery (its worker died, or
	 * its channel closed, holding the message); a first delivery of another message for
	 * it is a duplicate (a publication repeated after a crash) and must not start a
	 * second run.
	 * @param redelivered whether RabbitMQ flagged the delivery as a redelivery
	 */
	OptionalInt claim(UUID id, String worker, boolean redelivered) {
		return this.jdbc
			.sql("UPDATE job SET state = 'RUNNING', attempts = attempts + 1, worker = ?, progress = 0, "
					+ "started_at = coalesce(started_at, now()), updated_at = now() "
					+ "WHERE id = ? AND (state = 'QUEUED' OR (state = 'RUNNING' AND ?)) RETURNING attempts")
			.params(worker, id, redelivered)
			.query(Integer.class)
			.optional()
			.map(OptionalInt::of)
			.orElse(OptionalInt.empty());
	}

	/** Records progress; returns the job's state (CANCELLED when a user cancelled it). */
	JobState progress(UUID id, double fraction) {
		return this.jdbc.sql("UPDATE job SET progress = ?, updated_at = now() WHERE id = ? RETURNING state")
			.params(fraction, id)
			.query(String.class)
			.optional()
			.map(JobState::valueOf)
			.orElse(JobState.CANCELLED);
	}

	/** Ends a running job with its result; false if it was no longer running. */
	boolean succeed(UUID id, String result) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			int updated = this.jdbc
				.sql("UPDATE job SET state = 'SUCCEEDED', progress = 1, finished_at = now(), "
						+ "updated_at = now() WHERE id = ? AND state = 'RUNNING'")
				.param(id)
				.update();
			if (updated == 0) {
				return false;
			}
			this.jdbc
				.sql("INSERT INTO job_result (job_id, result, created_at) VALUES (?, ?::jsonb, now()) "
						+ "ON CONFLICT (job_id) DO NOTHING")
				.params(id, result)
				.update();
			outbox(id);
			return true;
		}));
	}

	/** Ends a job that has not ended as FAILED; false if it had ended. */
	boolean fail(UUID id, String error) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			int updated = this.jdbc
				.sql("UPDATE job SET state = 'FAILED', error = ?, finished_at = now(), "
						+ "updated_at = now() WHERE id = ? AND state IN ('QUEUED', 'RUNNING')")
				.params(error, id)
				.update();
			if (updated > 0) {
				outbox(id);
			}
			return updated > 0;
		}));
	}

	/** Puts a running job back in the queue's state (a transient failure). */
	void requeue(UUID id, String error) {
		this.jdbc
			.sql("UPDATE job SET state = 'QUEUED', error = ?, updated_at = now() WHERE id = ? AND state = 'RUNNING'")
			.params(error, id)
			.update();
	}

	/**
	 * Cancels a job that has not ended, recording who did; false if it had ended (or does
	 * not exist).
	 */
	boolean cancel(UUID id, String cancelledBy) {
		return this.jdbc
			.sql("UPDATE job SET state = 'CANCELLED', cancelled_by = ?, finished_at = now(), updated_at = now() "
					+ "WHERE id = ? AND state IN ('QUEUED', 'RUNNING')")
			.params(cancelledBy, id)
			.update() > 0;
	}

	/**
	 * Deletes at most {@code limit} jobs that ended (succeeded, failed or were cancelled)
	 * longer than {@code keep} ago, their results with them; never one whose result is
	 * still to be published. Returns how many went.
	 */
	int expire(Duration keep, int limit) {
		return this.jdbc
			.sql("DELETE FROM job WHERE id IN (SELECT j.id FROM job j WHERE j.state IN ('SUCCEEDED', 'FAILED', "
					+ "'CANCELLED') AND j.finished_at < now() - ? * interval '1 millisecond' AND NOT EXISTS "
					+ "(SELECT 1 FROM job_outbox o WHERE o.job_id = j.id) LIMIT ?)")
			.params(keep.toMillis(), limit)
			.update();
	}

	/**
	 * Takes over at most {@code limit} outbox rows that nobody took, or whose publisher
	 * took them more than {@code lease} ago (it died): each is marked taken, rows locked
	 * so that two workers never take the same one.
	 */
	List<OutboxRow> takeAbandonedOutbox(Duration lease, int limit) {
		return this.jdbc
			.sql("UPDATE job_outbox SET taken_at = now() WHERE job_id IN (SELECT job_id FROM job_outbox "
					+ "WHERE coalesce(taken_at, created_at) < now() - ? * interval '1 millisecond' "
					+ "ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING job_id, created_at")
			.params(lease.toMillis(), limit)
			.query((rows, n) -> new OutboxRow(rows.getObject("job_id", UUID.class),
					rows.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * Takes the job's outbox row to publish its event, unless another publisher took it
	 * less than {@code lease} ago; empty when there is none to take.
	 */
	Optional<OutboxRow> takeOutbox(UUID id, Duration lease) {
		return this.jdbc
			.sql("UPDATE job_outbox SET taken_at = now() WHERE job_id = ? AND (taken_at IS NULL "
					+ "OR taken_at < now() - ? * interval '1 millisecond') RETURNING job_id, created_at")
			.params(id, lease.toMillis())
			.query((rows, n) -> new OutboxRow(rows.getObject("job_id", UUID.class),
					rows.getTimestamp("created_at").toInstant()))
			.optional();
	}

	void published(UUID id) {
		this.jdbc.sql("DELETE FROM job_outbox WHERE job_id = ?").param(id).update();
	}

	private void outbox(UUID id) {
		this.jdbc.sql("INSERT INTO job_outbox (job_id, created_at) VALUES (?, now()) ON CONFLICT DO NOTHING")
			.param(id)
			.update();
	}

	private static JobRecord row(ResultSet rs, int rowNum) throws SQLException {
		return new JobRecord(rs.getObject("id", UUID.class), JobType.valueOf(rs.getString("type")),
				JobState.valueOf(rs.getString("state")), rs.getInt("priority"), rs.getString("parameters"),
				rs.getDouble("progress"), rs.getInt("attempts"), rs.getString("error"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
				instant(rs.getTimestamp("finished_at")), rs.getString("submitted_by"), rs.getString("cancelled_by"));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A job whose ended event is to be published.
	 *
	 * @param jobId the job
	 * @param createdAt when it ended (the outbox row was written with its end)
	 */
	record OutboxRow(UUID jobId, Instant createdAt) {
	}

}
