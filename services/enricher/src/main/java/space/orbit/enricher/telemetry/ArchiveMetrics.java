package space.orbit.enricher.telemetry;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import space.orbit.kit.observability.PipelineLatency;

import space.orbit.enricher.archive.ArchiveWrite;

/** The enricher's domain metrics (names from docs/architecture.md). */
class ArchiveMetrics {

	private final MeterRegistry registry;

	private final Counter documents;

	private final Counter samples;

	private final Counter duplicates;

	private final Counter unknown;

	private final Counter derived;

	private final Counter records;

	private final Timer latency;

	ArchiveMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.documents = Counter.builder("orbit.documents.written")
			.description("Segment documents inserted in MongoDB")
			.register(registry);
		this.samples = Counter.builder("orbit.samples.archived")
			.description("Samples added to the archive (raw and derived; redeliveries not counted)")
			.register(registry);
		this.duplicates = Counter.builder("orbit.samples.duplicate")
			.description("Samples redelivered that the archive already held")
			.register(registry);
		this.unknown = Counter.builder("orbit.samples.unknown")
			.description("Samples of a spacecraft or parameter the registry does not define (archived, flagged)")
			.register(registry);
		this.derived = Counter.builder("orbit.samples.derived")
			.description("Derived samples computed")
			.register(registry);
		this.records = Counter.builder("orbit.records.archived")
			.description("Telemetry records (orbit.telemetry.v1 or v2) archived")
			.register(registry);
		this.latency = PipelineLatency.timer(registry, "archived");
	}

	void written(ArchiveWrite write, int records, long unknownSamples, long derivedSamples) {
		this.documents.increment(write.documents());
		this.samples.increment(write.samples());
		this.duplicates.increment(write.duplicates());
		this.unknown.increment(unknownSamples);
		this.derived.increment(derivedSamples);
		this.records.increment(records);
	}

	void latency(Duration sinceReceipt) {
		this.latency.record(sinceReceipt.isNegative() ? Duration.ZERO : sinceReceipt);
	}

	void rejected(String reason) {
		this.registry.counter("orbit.records.rejected", "reason", reason).increment();
	}

}
