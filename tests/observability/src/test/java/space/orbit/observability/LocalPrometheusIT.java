package space.orbit.observability;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./orbit up --observe}'s Prometheus (observe.sh) on the services of this test:
 * every Orbit target up, the alert rules loaded, and the exemplar API returning, for
 * ingest's request latency and the processor's pipeline latency histograms, the trace id
 * of a reading the test sent and a span that service exported in that trace;
 * {@code ./orbit down}'s stop ends it.
 */
@ExtendWith(LiveStackExtension.class)
class LocalPrometheusIT {

	@Test
	void scrapesEveryServiceLoadsTheRulesAndStoresExemplars(LiveStack stack, Traffic traffic) throws Exception {
		long pid;
		try (LocalPrometheus prometheus = LocalPrometheus.start(stack.ports())) {
			pid = prometheus.pid();
			assertThat(ProcessHandle.of(pid)).as("Prometheus's PID file").isPresent();
			assertThat(ProcessHandle.of(pid).flatMap((p) -> p.info().arguments()).map(List::of).orElseThrow())
				.contains("--enable-feature=exemplar-storage");
			assertThat(Files.readString(prometheus.renderedConfig()))
				.contains("\"127.0.0.1:" + stack.ports().get("ingest") + "\"")
				.doesNotContain("\"ingest:8100\"");
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				JsonNode targets = api(prometheus, "/api/v1/targets?state=active").path("data").path("activeTargets");
				Set<String> up = new TreeSet<>();
				List<String> all = new ArrayList<>();
				for (JsonNode target : targets) {
					String service = target.path("labels").path("service").asString();
					all.add(service + "=" + target.path("health").asString() + " "
							+ target.path("lastError").asString());
					if ("up".equals(target.path("health").asString())) {
						up.add(service);
					}
				}
				assertThat(up).as("targets up among %s", all).containsExactlyInAnyOrderElementsOf(LiveStack.SERVICES);
			});
			JsonNode groups = api(prometheus, "/api/v1/rules").path("data").path("groups");
			Set<String> alerts = new TreeSet<>();
			groups.forEach((group) -> group.path("rules").forEach((rule) -> {
				if ("alerting".equals(rule.path("type").asString())) {
					alerts.add(rule.path("name").asString());
				}
			}));
			assertThat(alerts).contains("OrbitServiceDown", "OrbitPipelineStalled", "OrbitConsumerLagGrowing",
					"OrbitDeadLettersPresent", "OrbitErrorRatioHigh", "OrbitLatencyBudgetBurning");
			// Exemplars stored by Prometheus: of readings sent now, each under its own
			// trace
			// (the buckets' exemplars of earlier traffic may have given way to other
			// tests'
			// load), for ingest's request latency and the processor's pipeline latency;
			// the
			// exemplar's span is one that service exported in that trace.
			TracedReadings readings = new TracedReadings(stack, "PROM-EXEMPLAR");
			Map<String, String> histograms = Map.of("ingest",
					"http_server_requests_seconds_bucket{service=\"ingest\", uri=\"/api/v1/telemetry\"}", "processor",
					"orbit_pipeline_latency_seconds_bucket{service=\"processor\", stage=\"stored\"}");
			histograms.forEach((service, histogram) -> {
				JsonNode exemplar = await(histogram + " exemplars").atMost(Duration.ofSeconds(120))
					.pollInterval(Duration.ofSeconds(1))
					.until(() -> {
						readings.sendIfDue();
						return exemplarOf(prometheus, histogram, readings);
					}, java.util.Objects::nonNull);
				String traceId = exemplar.path("trace_id").asString();
				String spanId = exemplar.path("span_id").asString();
				await().atMost(Duration.ofSeconds(30))
					.untilAsserted(() -> assertThat(stack.otlp.spans())
						.as("%s's exemplar span %s in trace %s", service, spanId, traceId)
						.anyMatch((span) -> service.equals(span.service()) && traceId.equals(span.traceId())
								&& spanId.equals(span.spanId())));
			});
		}
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("Prometheus after stop")
			.isNotEqualTo(java.util.Optional.of(true));
	}

	/**
	 * The labels of a stored exemplar of {@code histogram} naming a reading sent, or
	 * null.
	 */
	private static JsonNode exemplarOf(LocalPrometheus prometheus, String histogram, TracedReadings readings) {
		long now = Instant.now().getEpochSecond();
		JsonNode data = api(prometheus,
				"/api/v1/query_exemplars?query=" + URLEncoder.encode(histogram, StandardCharsets.UTF_8) + "&start="
						+ (now - 3600) + "&end=" + (now + 60))
			.path("data");
		for (JsonNode series : data) {
			for (JsonNode exemplar : series.path("exemplars")) {
				if (readings.sent(exemplar.path("labels").path("trace_id").asString())) {
					return exemplar.path("labels");
				}
			}
		}
		return null;
	}

	private static JsonNode api(LocalPrometheus prometheus, String path) {
		var response = Traffic.get(URI.create(prometheus.url() + path), "application/json");
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return Queries.JSON.readTree(response.body());
	}

}
