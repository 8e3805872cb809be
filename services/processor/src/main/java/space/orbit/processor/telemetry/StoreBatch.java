package space.orbit.processor.telemetry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import space.orbit.kit.observability.TraceContexts;
import space.orbit.processor.ProcessorProperties;
import space.orbit.telemetry.RawTelemetryBatch;
import space.orbit.telemetry.TelemetryBatch;

/**
 * Stores a batch: its new frames and, if there are any, an outbox row, in one transaction
 * — no rows without their pending event, no event without its rows. Observed as the
 * {@code orbit.telemetry.store} span (db.system=postgresql).
 */
@Service
class StoreBatch {

	private final Partitions partitions;

	private final FrameStore frames;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final ObservationRegistry observations;

	private final TraceContexts traceContexts;

	private final ProcessorProperties properties;

	private final Clock clock;

	StoreBatch(Partitions partitions, FrameStore frames, EntityManager entityManager,
			PlatformTransactionManager transactions, ObservationRegistry observations, TraceContexts traceContexts,
			ProcessorProperties properties, Clock clock) {
		this.partitions = partitions;
		this.frames = frames;
		this.entityManager = entityManager;
		this.transaction = new TransactionTemplate(transactions);
		this.observations = observations;
		this.traceContexts = traceContexts;
		this.properties = properties;
		this.clock = clock;
	}

	StoredBatch store(RawTelemetryBatch raw) {
		TelemetryBatch batch = raw.batch();
		return Observation.createNotStarted("orbit.telemetry.store", this.observations)
			.contextualName("store telemetry_frame")
			.lowCardinalityKeyValue("db.system", "postgresql")
			.lowCardinalityKeyValue("db.operation", "INSERT")
			.highCardinalityKeyValue("orbit.batch_id", batch.batchId().toString())
			.observe(() -> storeInTransaction(raw));
	}

	private StoredBatch storeInTransaction(RawTelemetryBatch raw) {
		TelemetryBatch batch = raw.batch();
		this.partitions.ensureFor(batch);
		String traceparent = this.traceContexts.currentTraceparent();
		return inTransaction(this.transaction, () -> {
			List<StoredFrame> fresh = this.frames.insert(raw);
			if (fresh.isEmpty()) {
				return new StoredBatch(batch, fresh, Instant.MIN);
			}
			OutboxEntry entry = outboxEntry(batch, fresh, traceparent);
			this.entityManager.persist(entry);
			return new StoredBatch(batch, fresh, entry.leaseUntil());
		});
	}

	/**
	 * Runs {@code work} in a transaction. When the work failed and so did the rollback
	 * (the connection broke), it throws the work's failure, the rollback's suppressed: it
	 * says what went wrong (PostgreSQL unreachable, a transient failure), where the
	 * rollback's ({@code Unable to rollback against JDBC Connection}) would not.
	 */
	static <T> T inTransaction(TransactionTemplate transaction, Supplier<T> work) {
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		try {
			return transaction.execute((status) -> {
				try {
					return work.get();
				}
				catch (RuntimeException ex) {
					failure.set(ex);
					throw ex;
				}
			});
		}
		catch (RuntimeException ex) {
			RuntimeException original = failure.get();
			if (original == null || original == ex) {
				throw ex;
			}
			original.addSuppressed(ex);
			throw original;
		}
	}

	private OutboxEntry outboxEntry(TelemetryBatch batch, List<StoredFrame> fresh, String traceparent) {
		Instant now = this.clock.instant();
		Instant min = fresh.get(0).timestamp();
		Instant max = min;
		int samples = 0;
		for (StoredFrame frame : fresh) {
			min = frame.timestamp().isBefore(min) ? frame.timestamp() : min;
			max = frame.timestamp().isAfter(max) ? frame.timestamp() : max;
			samples += frame.sampleCount();
		}
		return new OutboxEntry(batch.batchId(), batch.receivedAt(), now, now.plus(this.properties.outbox().lease()),
				min, max, fresh.size(), samples, traceparent);
	}

}
