package space.orbit.e2e;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.test.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A restarted analyzer resumes where it stopped. Ingest, processor and analyzer run as
 * their own JVMs; the analyzer is killed with {@code kill -9} halfway through a stuck
 * value and started again on the same state directory and application id. The stuck alert
 * needs samples from both sides of the restart, so it is raised only if the detector
 * state survived; a spacecraft that sends only the second half stays quiet (the control),
 * and an alert raised before the kill is not raised again (nothing is processed twice).
 */
class AnalyzerRestartIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String LEVEL = "TEST.RESTART.LEVEL";

	private static final int STUCK_AFTER = 15;

	private static Spine spine;

	private static Path state;

	@BeforeAll
	static void start() throws Exception {
		TestKafka.bootstrapServers();
		state = Files.createTempDirectory("orbit-analyzer-restart");
		spine = new Spine();
		spine.startIngest();
		spine.startProcessor(Map.of());
		spine.startAnalyzer(state);
		spine.ingest().awaitReady();
		spine.processor().awaitReady();
		spine.analyzer().awaitReady();
	}

	@AfterAll
	static void stop() {
		if (spine != null) {
			spine.close();
		}
	}

	@Test
	void detectorStateAndProgressSurviveKillNine() throws Exception {
		putRule("""
				{"parameter":"TEST.RESTART.*","description":"restart test",
				 "stuck":{"samples":%d},"limits":{"criticalHigh":100.0}}""".formatted(STUCK_AFTER));
		Instant t0 = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
		// The rule is live once a marker beyond its limit raises an alert.
		AtomicInteger probe = new AtomicInteger();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			int n = probe.incrementAndGet();
			post(frame("ORB-W", t0.plusSeconds(n), n, "TEST.RESTART.MARK0", 1000.0));
			return alert("ORB-W", "TEST.RESTART.MARK0", "limit") != null;
		});

		// Before the kill: 12 identical samples (fewer than the rule's 15 + 1), then a
		// marker.
		List<String> before = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			before.add(frame("ORB-R", t0.plusSeconds(i), i, LEVEL, 5.0));
		}
		before.add(frame("ORB-R", t0.plusSeconds(13), 13, "TEST.RESTART.MARK1", 1000.0));
		post(before);
		await().atMost(Duration.ofSeconds(30)).until(() -> alert("ORB-R", "TEST.RESTART.MARK1", "limit") != null);
		assertThat(alert("ORB-R", LEVEL, "stuck")).as("stuck alert before the restart").isNull();

		spine.analyzer().kill();
		spine.startAnalyzer(state).awaitReady();

		// After the restart: 8 more identical samples for ORB-R (20 in all), and only
		// those 8
		// for the control spacecraft ORB-C; then a marker for each.
		List<String> after = new ArrayList<>();
		for (int i = 14; i <= 21; i++) {
			after.add(frame("ORB-R", t0.plusSeconds(i), i, LEVEL, 5.0));
			after.add(frame("ORB-C", t0.plusSeconds(i), i, LEVEL, 5.0));
		}
		after.add(frame("ORB-R", t0.plusSeconds(22), 22, "TEST.RESTART.MARK2", 1000.0));
		after.add(frame("ORB-C", t0.plusSeconds(22), 22, "TEST.RESTART.MARK2", 1000.0));
		post(after);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> alert("ORB-R", "TEST.RESTART.MARK2", "limit") != null
					&& alert("ORB-C", "TEST.RESTART.MARK2", "limit") != null);

		JsonNode stuck = alert("ORB-R", LEVEL, "stuck");
		assertThat(stuck).as("the stuck alert fed by samples from both sides of the restart").isNotNull();
		assertThat(stuck.get("value").asDouble()).isEqualTo(5.0);
		// Raised on the 16th identical sample (the first unchanged for 15 more): counted
		// from
		// sample 1, before the kill.
		assertThat(Instant.parse(stuck.get("firstSeen").asString())).isEqualTo(t0.plusSeconds(STUCK_AFTER + 1));
		assertThat(alert("ORB-C", LEVEL, "stuck")).as("8 identical samples alone are not stuck").isNull();
		JsonNode marker = alert("ORB-R", "TEST.RESTART.MARK1", "limit");
		assertThat(marker.get("count").asLong()).as("the marker's sample, processed once").isEqualTo(1);
		assertThat(marker.get("raises").asInt()).isEqualTo(1);
	}

	private static String frame(String spacecraft, Instant timestamp, long sequence, String parameter, double value) {
		return """
				{"spacecraftId":"%s","timestamp":"%s","sequence":%d,"samples":{"%s":%s}}""".formatted(spacecraft,
				timestamp, sequence, parameter, value);
	}

	private static void post(String frame) throws Exception {
		post(List.of(frame));
	}

	private static void post(List<String> frames) throws Exception {
		HttpResponse<String> response = spine.post("{\"frames\":[" + String.join(",", frames) + "]}", null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
	}

	private static void putRule(String body) throws Exception {
		HttpResponse<String> response = Spine.HTTP
			.send(HttpRequest.newBuilder(spine.analyzer().uri("/api/v1/rules/restart-test"))
				.header("Content-Type", "application/json")
				.header("Authorization", Spine.bearer("admin"))
				.PUT(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
	}

	/** The alert for this spacecraft, parameter and detector, or null. */
	private static JsonNode alert(String spacecraft, String parameter, String detector) throws Exception {
		String body = spine.get(spine.analyzer(), "/api/v1/alerts?spacecraftId=" + spacecraft + "&limit=500").body();
		for (JsonNode alert : json.readTree(body).get("items")) {
			if (alert.get("parameter").asString().equals(parameter)
					&& alert.get("detector").asString().equals(detector)) {
				return alert;
			}
		}
		return null;
	}

}
