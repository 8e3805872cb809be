package space.orbit.kit.observability;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code orbit_pipeline_latency_seconds{stage}}: from a frame's receipt at ingest to a
 * stage (stored, published, checked, alerted, archived), built the same way by every
 * service that records one, so that dashboards, alert rules and {@code ./orbit bench}
 * read one histogram with the same buckets whatever the stage.
 */
public final class PipelineLatency {

	/** The meter's name (Prometheus: {@code orbit_pipeline_latency_seconds}). */
	public static final String NAME = "orbit.pipeline.latency";

	private PipelineLatency() {
	}

	/** The timer of one stage, registered in {@code registry}. */
	public static Timer timer(MeterRegistry registry, String stage) {
		return Timer.builder(NAME)
			.description("From frame receipt at ingest to this stage")
			.tag("stage", stage)
			.publishPercentileHistogram()
			.maximumExpectedValue(Duration.ofMinutes(5))
			.register(registry);
	}

}
