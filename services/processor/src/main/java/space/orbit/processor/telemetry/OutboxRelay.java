package space.orbit.processor.telemetry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import space.orbit.kit.faults.HaltPoints;
import space.orbit.kit.observability.TraceContexts;
import space.orbit.processor.ProcessorProperties;

/**
 * Moves outbox rows to Kafka. The fast path publishes a batch's events right after its
 * commit, from memory; the sweeper takes over rows whose lease expired, re-reads their
 * frames, skips the events Kafka already has, publishes the rest. Either way the row is
 * deleted only after Kafka acknowledged every event, and a publish attempt starts only
 * when it can end within the row's lease (a fast path that waited renews it, unless a
 * sweeper took the row over meanwhile), so no two attempts at a batch ever overlap.
 */
@Component
class OutboxRelay {

	/**
	 * Where a crash test may halt the JVM: after Kafka took a batch's events, before its
	 * row is deleted.
	 */
	static final String AFTER_PUBLISH = "processor.after-publish";

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final TelemetryEvents events;

	private final EventPublisher publisher;

	private final PublishedEventFinder finder;

	private final OutboxRepository outbox;

	private final AbandonedOutbox abandoned;

	private final FrameStore frames;

	private final TelemetryMetrics metrics;

	private final ObservationRegistry observations;

	private final TraceContexts traceContexts;

	private final ProcessorProperties.Outbox settings;

	private final HaltPoints haltPoints;

	private final Clock clock;

	OutboxRelay(TelemetryEvents events, EventPublisher publisher, PublishedEventFinder finder, OutboxRepository outbox,
			AbandonedOutbox abandoned, FrameStore frames, TelemetryMetrics metrics, ObservationRegistry observations,
			TraceContexts traceContexts, ProcessorProperties properties, HaltPoints haltPoints, Clock clock) {
		this.events = events;
		this.publisher = publisher;
		this.finder = finder;
		this.outbox = outbox;
		this.abandoned = abandoned;
		this.frames = frames;
		this.metrics = metrics;
		this.observations = observations;
		this.traceContexts = traceContexts;
		this.settings = properties.outbox();
		this.haltPoints = haltPoints;
		this.clock = clock;
	}

	/**
	 * Publishes a just-stored batch; on failure, or when it waited past its lease and a
	 * sweeper took it over meanwhile, leaves its row to the sweeper.
	 */
	void publish(StoredBatch stored) {
		if (!withinLease(stored.leaseUntil()) && !renewed(stored.batch().batchId())) {
			log.warn("Batch {} waited past its outbox lease and the outbox sweeper took it over: the sweeper "
					+ "publishes it", stored.batch().batchId());
			return;
		}
		try {
			Observation.createNotStarted("orbit.telemetry.publish", this.observations)
				.contextualName("publish " + this.publisher.topic())
				.lowCardinalityKeyValue("messaging.system", "kafka")
				.lowCardinalityKeyValue("messaging.destination.name", this.publisher.topic())
				.observe(() -> {
					List<TelemetryEvent> batchEvents = this.events.of(stored.batch().batchId(),
							stored.batch().receivedAt(), stored.newFrames());
					this.publisher.publish(stored.batch().batchId(), stored.batch().receivedAt(), batchEvents);
					this.haltPoints.reached(AFTER_PUBLISH, stored.batch().batchId());
					this.outbox.deleteByBatchId(stored.batch().batchId());
					this.metrics.published(this.publisher.topic(), batchEvents, stored.batch().receivedAt());
				});
		}
		catch (RuntimeException ex) {
			log.warn("Batch {} is stored but not yet published ({}); the outbox sweeper will publish it",
					stored.batch().batchId(), ex.getMessage());
		}
	}

	@Scheduled(fixedDelayString = "${orbit.processor.outbox.sweep-interval:2s}",
			initialDelayString = "${orbit.processor.outbox.sweep-interval:2s}")
	void sweep() {
		List<AbandonedOutbox.Row> rows;
		Instant now = this.clock.instant();
		Instant leaseUntil = now.plus(this.settings.lease());
		try {
			rows = this.abandoned.takeOver(now, leaseUntil, this.settings.sweepBatch());
		}
		catch (RuntimeException ex) {
			log.warn("Outbox sweep skipped: {}", ex.getMessage());
			return;
		}
		for (AbandonedOutbox.Row row : rows) {
			Span span = this.traceContexts.startChild("outbox recover", row.traceparent());
			span.tag("orbit.batch_id", row.batchId().toString());
			try {
				this.traceContexts.inSpan(span, () -> recover(row, leaseUntil));
			}
			catch (RuntimeException ex) {
				log.warn("Recovery of batch {} failed (attempt {}), retried after its lease: {}", row.batchId(),
						row.attempts(), ex.getMessage());
			}
		}
	}

	private void recover(AbandonedOutbox.Row row, Instant leaseUntil) {
		List<StoredFrame> stored = this.frames.load(row.batchId(), row.minTs(), row.maxTs());
		List<TelemetryEvent> all = this.events.of(row.batchId(), row.receivedAt(), stored);
		Set<String> present = this.finder.published(this.publisher.topic(), row.batchId().toString(), all,
				row.createdAt().minus(this.settings.recoveryClockSkew()));
		List<TelemetryEvent> missing = all.stream().filter(event -> !present.contains(event.id())).toList();
		if (!missing.isEmpty()) {
			if (!withinLease(leaseUntil)) {
				throw new IllegalStateException("too little of the sweep's lease is left to publish it");
			}
			this.publisher.publish(row.batchId(), row.receivedAt(), missing);
			this.metrics.published(this.publisher.topic(), missing, row.receivedAt());
		}
		this.outbox.deleteByBatchId(row.batchId());
		this.metrics.recovered(missing.size());
		log.info("Recovered outbox batch {}: {} frames, {} events already on Kafka, {} published now", row.batchId(),
				stored.size(), present.size(), missing.size());
	}

	/**
	 * Renews the lease of a batch the fast path is late to publish, unless taken over.
	 */
	private boolean renewed(UUID batchId) {
		try {
			return this.abandoned.renew(batchId, this.clock.instant().plus(this.settings.lease()));
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew the outbox lease of batch {}: {}", batchId, ex.getMessage());
			return false;
		}
	}

	/** Whether a publish attempt started now surely ends before {@code leaseUntil}. */
	private boolean withinLease(Instant leaseUntil) {
		return this.clock.instant().plus(this.publisher.attemptLimit()).isBefore(leaseUntil);
	}

}
