package space.orbit.ingest.telemetry;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import space.orbit.telemetry.RejectionReason;

/**
 * {@code orbit_samples_accepted_total} and {@code orbit_samples_rejected_total{reason}}:
 * invalid input is counted, not logged. A request whose samples cannot be counted
 * (malformed, too large, wrong media type) counts as one; the samples of a frame for a
 * spacecraft outside the API key's scope count as {@code spacecraft_out_of_scope}.
 */
@Component
class IngestMetrics {

	private final Counter accepted;

	private final Counter framesAccepted;

	private final Map<RejectionReason, Counter> rejected = new EnumMap<>(RejectionReason.class);

	private final Counter outOfScope;

	IngestMetrics(MeterRegistry registry) {
		this.accepted = Counter.builder("orbit.samples.accepted")
			.description("Samples accepted by ingest (confirmed by RabbitMQ)")
			.register(registry);
		this.framesAccepted = Counter.builder("orbit.frames.accepted")
			.description("Frames accepted by ingest")
			.register(registry);
		for (RejectionReason reason : RejectionReason.values()) {
			this.rejected.put(reason,
					Counter.builder("orbit.samples.rejected")
						.description("Samples rejected by ingest, by reason")
						.tag("reason", reason.tag())
						.register(registry));
		}
		this.outOfScope = Counter.builder("orbit.samples.rejected")
			.description("Samples rejected by ingest, by reason")
			.tag("reason", SpacecraftScope.OUT_OF_SCOPE)
			.register(registry);
	}

	void accepted(int frames, int samples) {
		this.framesAccepted.increment(frames);
		this.accepted.increment(samples);
	}

	void rejected(RejectionReason reason, int samples) {
		this.rejected.get(reason).increment(samples);
	}

	void rejected(Map<RejectionReason, Integer> samples) {
		samples.forEach(this::rejected);
	}

	/**
	 * A request refused for a spacecraft outside its API key's scope: those frames'
	 * samples, and the others' as {@code batch_rejected}.
	 */
	void outOfScope(int samples, int otherSamples) {
		this.outOfScope.increment(samples);
		rejected(RejectionReason.BATCH_REJECTED, otherSamples);
	}

}
