package space.orbit.analyzer.detection;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import space.orbit.kit.observability.PipelineLatency;

/** The topology's metrics (names from docs/architecture.md). */
public final class DetectionMetrics {

	private final MeterRegistry registry;

	private final Counter samples;

	private final Counter invalid;

	private final Timer alerted;

	private final Timer checked;

	public DetectionMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.samples = Counter.builder("orbit.samples.analyzed")
			.description("Samples the detectors looked at")
			.register(registry);
		this.invalid = Counter.builder("orbit.events.invalid")
			.description("Telemetry, rule and mission database records that could not be read, skipped")
			.register(registry);
		this.alerted = PipelineLatency.timer(registry, "alerted");
		this.checked = PipelineLatency.timer(registry, "checked");
	}

	void analyzed(int samples) {
		this.samples.increment(samples);
	}

	/**
	 * A record's samples all went past the detectors: its receipt at ingest to now, once
	 * per record (the frames of one batch were received together).
	 */
	void checked(long receivedAtMillis, long nowMillis) {
		if (receivedAtMillis > 0) {
			this.checked.record(Duration.ofMillis(Math.max(0, nowMillis - receivedAtMillis)));
		}
	}

	void invalidRecord() {
		this.invalid.increment();
	}

	void outOfOrder(String spacecraftId) {
		this.registry.counter("orbit.frames.out_of_order", "spacecraft", spacecraftId).increment();
	}

	void duplicate(String spacecraftId) {
		this.registry.counter("orbit.frames.duplicate", "spacecraft", spacecraftId).increment();
	}

	void raised(String severity, String rule, long receivedAtMillis, long nowMillis) {
		this.registry.counter("orbit.alerts.raised", "severity", severity, "rule", (rule != null) ? rule : "none")
			.increment();
		if (receivedAtMillis > 0) {
			this.alerted.record(Duration.ofMillis(Math.max(0, nowMillis - receivedAtMillis)));
		}
	}

	void cleared(String detector) {
		this.registry.counter("orbit.alerts.cleared", "detector", detector).increment();
	}

	/**
	 * A silence check skipped because the stream thread itself was held (not looking).
	 */
	void silenceCheckDeferred(long heldMillis) {
		this.registry.counter("orbit.silence.checks.deferred").increment();
		this.registry.timer("orbit.silence.thread.held").record(Duration.ofMillis(heldMillis));
	}

	void suppressed(String scope) {
		this.registry.counter("orbit.alerts.suppressed", "scope", scope).increment();
	}

}
