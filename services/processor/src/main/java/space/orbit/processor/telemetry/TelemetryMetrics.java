package space.orbit.processor.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import space.orbit.kit.observability.PipelineLatency;

import org.springframework.stereotype.Component;

/** The processor's domain metrics (names from docs/architecture.md). */
@Component
class TelemetryMetrics {

	private final MeterRegistry registry;

	private final Counter samplesPersisted;

	private final Counter framesPersisted;

	private final Counter framesDuplicate;

	private final Timer storedLatency;

	private final Timer publishedLatency;

	TelemetryMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.samplesPersisted = Counter.builder("orbit.samples.persisted")
			.description("Samples stored in PostgreSQL (new ones only)")
			.register(registry);
		this.framesPersisted = Counter.builder("orbit.frames.persisted")
			.description("Frames stored in PostgreSQL (new ones only)")
			.register(registry);
		this.framesDuplicate = Counter.builder("orbit.frames.duplicate")
			.description("Frames received again and not stored twice")
			.register(registry);
		this.storedLatency = PipelineLatency.timer(registry, "stored");
		this.publishedLatency = PipelineLatency.timer(registry, "published");
	}

	void stored(StoredBatch stored) {
		int frames = stored.newFrames().size();
		this.framesPersisted.increment(frames);
		this.samplesPersisted.increment(stored.newSamples());
		this.framesDuplicate.increment(stored.batch().frames().size() - frames);
		if (frames > 0) {
			this.storedLatency.record(Duration.between(stored.batch().receivedAt(), Instant.now()));
		}
	}

	void published(String topic, List<TelemetryEvent> events, Instant receivedAt) {
		this.registry.counter("orbit.events.published", "topic", topic).increment(events.size());
		this.registry.counter("orbit.samples.published", "topic", topic)
			.increment(events.stream().mapToInt(TelemetryEvent::samples).sum());
		this.publishedLatency.record(Duration.between(receivedAt, Instant.now()));
	}

	void recovered(int events) {
		this.registry.counter("orbit.outbox.recovered", "outcome", (events > 0) ? "republished" : "already_published")
			.increment();
	}

	void retried(FailureClassifier.Kind kind) {
		this.registry.counter("orbit.store.retries", "kind", kind.name().toLowerCase()).increment();
	}

	void partitionDropped() {
		this.registry.counter("orbit.partitions.dropped").increment();
	}

	void deadLettered(String reason) {
		this.registry.counter("orbit.messages.dead_lettered", "reason", reason).increment();
	}

}
