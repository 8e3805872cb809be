package space.orbit.observability;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./orbit up --observe}'s Prometheus (observe.sh) on the services of this test:
 * every Orbit target up, the alert rules loaded, and the exemplar API returning the trace
 * id of the telemetry the test sent for the pipeline latency histogram;
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
			String query = URLEncoder.encode(
					"http_server_requests_seconds_bucket{service=\"ingest\", uri=\"/api/v1/telemetry\"}",
					StandardCharsets.UTF_8);
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				long now = Instant.now().getEpochSecond();
				JsonNode data = api(prometheus,
						"/api/v1/query_exemplars?query=" + query + "&start=" + (now - 3600) + "&end=" + (now + 60))
					.path("data");
				List<String> traceIds = new ArrayList<>();
				data.forEach((series) -> series.path("exemplars")
					.forEach((e) -> traceIds.add(e.path("labels").path("trace_id").asString())));
				assertThat(traceIds).contains(traffic.telemetryTraceId());
			});
		}
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("Prometheus after stop")
			.isNotEqualTo(java.util.Optional.of(true));
	}

	private static JsonNode api(LocalPrometheus prometheus, String path) {
		var response = Traffic.get(URI.create(prometheus.url() + path), "application/json");
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return Queries.JSON.readTree(response.body());
	}

}
