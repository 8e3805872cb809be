package space.orbit.observability;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import space.orbit.observability.Exposition.Sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Latency histograms carry exemplars in the OpenMetrics exposition, and each names a real
 * trace of the reading it measured: ingest's request latency buckets for the telemetry
 * POST, and the processor's pipeline latency buckets
 * ({@code orbit_pipeline_latency_seconds}, stage {@code stored}: receipt at ingest to
 * stored in PostgreSQL) carry the trace id of a reading this test sent, with the id of a
 * span that service exported in that trace.
 */
@ExtendWith(LiveStackExtension.class)
class ExemplarIT {

	static final String OPENMETRICS = "application/openmetrics-text;version=1.0.0";

	@Test
	void theRequestLatencyBucketsCarryTheTraceOfTheReading(LiveStack stack, Traffic traffic) {
		exemplarOfARealTrace(stack, "ingest", "http_server_requests_seconds_bucket",
				(s) -> "/api/v1/telemetry".equals(s.labels().get("uri")) && "202".equals(s.labels().get("status")),
				"EXEMPLAR-1");
	}

	@Test
	void thePipelineLatencyBucketsCarryTheTraceOfTheReading(LiveStack stack, Traffic traffic) {
		exemplarOfARealTrace(stack, "processor", "orbit_pipeline_latency_seconds_bucket",
				(s) -> "stored".equals(s.labels().get("stage")), "EXEMPLAR-2");
	}

	@Test
	void thePlainTextExpositionHasNoExemplars(LiveStack stack, Traffic traffic) {
		var response = Traffic.get(stack.service("ingest").uri("/metrics"), "text/plain;version=0.0.4");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(Exposition.parse(response.body()).samples()).allMatch((s) -> s.exemplar().isEmpty());
	}

	/**
	 * Sends readings under traces of their own until a bucket of {@code histogram} on
	 * {@code service} shows one of them as its exemplar, then finds the exemplar's span
	 * among the spans that service exported in that trace.
	 */
	private static void exemplarOfARealTrace(LiveStack stack, String service, String histogram,
			Predicate<Sample> series, String spacecraft) {
		TracedReadings readings = new TracedReadings(stack, spacecraft);
		List<Sample> buckets = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
			readings.sendIfDue();
			return buckets(stack, service, histogram, series);
		}, (samples) -> samples.stream().anyMatch((s) -> readings.sent(s.exemplar().get("trace_id"))));
		Sample withExemplar = buckets.stream()
			.filter((s) -> readings.sent(s.exemplar().get("trace_id")))
			.findFirst()
			.orElseThrow();
		String traceId = withExemplar.exemplar().get("trace_id");
		String spanId = withExemplar.exemplar().get("span_id");
		assertThat(spanId).as("the exemplar's span id").isNotBlank();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(stack.otlp.spans()).as("spans %s exported in trace %s", service, traceId)
				.anyMatch((span) -> service.equals(span.service()) && traceId.equals(span.traceId())
						&& spanId.equals(span.spanId())));
	}

	static List<Sample> buckets(LiveStack stack, String service, String histogram, Predicate<Sample> series) {
		var response = Traffic.get(stack.service(service).uri("/metrics"), OPENMETRICS);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/openmetrics-text"));
		List<Sample> samples = Exposition.parse(response.body()).named(histogram).stream().filter(series).toList();
		assertThat(samples).as("%s on %s's /metrics", histogram, service).isNotEmpty();
		return samples;
	}

}
