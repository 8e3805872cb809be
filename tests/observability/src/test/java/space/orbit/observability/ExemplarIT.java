package space.orbit.observability;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import space.orbit.observability.Exposition.Sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline latency histogram carries exemplars in the OpenMetrics exposition: the
 * stored stage's buckets name the trace of the telemetry the test sent, and that trace is
 * real (the processor exported a span of it).
 */
@ExtendWith(LiveStackExtension.class)
class ExemplarIT {

	static final String OPENMETRICS = "application/openmetrics-text;version=1.0.0";

	@Test
	void theStoredLatencyBucketsCarryTheTraceOfTheReading(LiveStack stack, Traffic traffic) {
		List<Sample> buckets = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> storedBuckets(stack), (samples) -> samples.stream()
				.anyMatch((s) -> traffic.telemetryTraceId().equals(s.exemplar().get("trace_id"))));
		Sample withExemplar = buckets.stream()
			.filter((s) -> traffic.telemetryTraceId().equals(s.exemplar().get("trace_id")))
			.findFirst()
			.orElseThrow();
		assertThat(withExemplar.exemplar()).containsKey("span_id");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(stack.otlp.spans()).anyMatch(
					(span) -> "processor".equals(span.service()) && traffic.telemetryTraceId().equals(span.traceId())
							&& withExemplar.exemplar().get("span_id").equals(span.spanId())));
	}

	@Test
	void thePlainTextExpositionHasNoExemplars(LiveStack stack, Traffic traffic) {
		var response = Traffic.get(stack.service("processor").uri("/metrics"), "text/plain;version=0.0.4");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(Exposition.parse(response.body()).samples()).allMatch((s) -> s.exemplar().isEmpty());
	}

	static List<Sample> storedBuckets(LiveStack stack) {
		var response = Traffic.get(stack.service("processor").uri("/metrics"), OPENMETRICS);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/openmetrics-text"));
		return Exposition.parse(response.body())
			.named("orbit_pipeline_latency_seconds_bucket")
			.stream()
			.filter((s) -> "stored".equals(s.labels().get("stage")))
			.toList();
	}

}
