package space.orbit.observability;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import space.orbit.observability.Exposition.Sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Latency histograms carry exemplars in the OpenMetrics exposition: ingest's request
 * latency buckets for the telemetry POST name the trace the test sent, and that trace is
 * real (ingest exported that very span). The pipeline latency histogram
 * ({@code orbit_pipeline_latency_seconds}) is checked stage by stage in the services'
 * own tests (processor PipelineExemplarIT, EnricherPipelineIT, AnalyzerPipelineIT; ADR
 * 0016).
 */
@ExtendWith(LiveStackExtension.class)
class ExemplarIT {

	static final String OPENMETRICS = "application/openmetrics-text;version=1.0.0";

	@Test
	void theRequestLatencyBucketsCarryTheTraceOfTheReading(LiveStack stack, Traffic traffic) {
		List<Sample> buckets = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> telemetryRequestBuckets(stack), (samples) -> samples.stream()
				.anyMatch((s) -> traffic.telemetryTraceId().equals(s.exemplar().get("trace_id"))));
		Sample withExemplar = buckets.stream()
			.filter((s) -> traffic.telemetryTraceId().equals(s.exemplar().get("trace_id")))
			.findFirst()
			.orElseThrow();
		assertThat(withExemplar.exemplar()).containsKey("span_id");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(stack.otlp.spans())
				.anyMatch((span) -> "ingest".equals(span.service()) && traffic.telemetryTraceId().equals(span.traceId())
						&& withExemplar.exemplar().get("span_id").equals(span.spanId())));
	}

	@Test
	void thePlainTextExpositionHasNoExemplars(LiveStack stack, Traffic traffic) {
		var response = Traffic.get(stack.service("ingest").uri("/metrics"), "text/plain;version=0.0.4");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(Exposition.parse(response.body()).samples()).allMatch((s) -> s.exemplar().isEmpty());
	}

	static List<Sample> telemetryRequestBuckets(LiveStack stack) {
		var response = Traffic.get(stack.service("ingest").uri("/metrics"), OPENMETRICS);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/openmetrics-text"));
		return Exposition.parse(response.body())
			.named("http_server_requests_seconds_bucket")
			.stream()
			.filter((s) -> "/api/v1/telemetry".equals(s.labels().get("uri")) && "202".equals(s.labels().get("status")))
			.toList();
	}

}
