package space.orbit.e2e;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.test.ServiceProcess;
import space.orbit.test.TestKafka;
import space.orbit.test.TestNames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker takes its TLEs from the processor's mission database, both as their own
 * JVMs: a TLE changed through {@code PUT /api/v1/spacecraft/{id}} is the one the next
 * pass prediction for that spacecraft uses, and a spacecraft the database does not know
 * is refused with a problem.
 */
class MissionDatabaseToWorkerIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	// ORB-2's demo orbit with another epoch and inclination (checksums valid).
	private static final String LINE1 = "1 99002U 26042B   26326.00000000  .00000000  00000-0  40000-4 0  9991";

	private static final String LINE2 = "2 99002  97.5000 213.9427 0011000  90.0000  72.0000 15.15322385    17";

	private static Spine spine;

	private static ServiceProcess worker;

	@BeforeAll
	static void start() throws Exception {
		TestKafka.bootstrapServers();
		spine = new Spine();
		spine.startProcessor(Map.of());
		worker = spine.startWorker(TestNames.unique("e2e-compute-"));
		spine.processor().awaitReady();
		worker.awaitReady();
		postDemo("missions");
		postDemo("spacecraft");
	}

	/**
	 * Creates what {@code ./orbit up} creates: {@code tools/orbit/demo/<resource>.jsonl},
	 * one body a line.
	 */
	private static void postDemo(String resource) throws Exception {
		for (String line : Files.readAllLines(Path.of("../../tools/orbit/demo", resource + ".jsonl"))) {
			if (!line.isBlank()) {
				HttpResponse<String> created = send(spine.processor(), "POST", "/api/v1/" + resource, line);
				assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			}
		}
	}

	@AfterAll
	static void stop() {
		if (spine != null) {
			spine.close();
		}
	}

	@Test
	void aPassPredictionUsesTheTleTheMissionDatabaseHoldsNow() throws Exception {
		HttpResponse<String> updated = send(spine.processor(), "PUT", "/api/v1/spacecraft/ORB-2", """
				{"missionId":"ORBIT-DEMO","name":"ORB-2 (re-fitted)","noradId":99002,
				 "tle":{"line1":"%s","line2":"%s"}}""".formatted(LINE1, LINE2));
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);

		HttpResponse<String> submitted = send(worker, "POST", "/api/v1/jobs", """
				{"type":"PASS_PREDICTION","spacecraftId":"ORB-2","start":"2026-11-22T00:00:00Z",
				 "end":"2026-11-23T00:00:00Z","stations":[{"name":"KIRUNA","latitude":67.86,
				 "longitude":20.96,"altitude":400,"minElevation":5}]}""");
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
		String id = json.readTree(submitted.body()).get("id").asString();

		JsonNode job = await().atMost(Duration.ofSeconds(120))
			.until(() -> json.readTree(send(worker, "GET", "/api/v1/jobs/" + id, null).body()),
					(j) -> j.get("state").asString().equals("SUCCEEDED") || j.get("state").asString().equals("FAILED"));
		assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
		assertThat(job.toString()).contains(LINE1);
		// A polar orbit is over Kiruna several times a day.
		assertThat(job.get("result").get("passes").size()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void aSpacecraftTheMissionDatabaseDoesNotKnowIsRefused() throws Exception {
		HttpResponse<String> refused = send(worker, "POST", "/api/v1/jobs", """
				{"type":"GROUND_TRACK","spacecraftId":"NOT-IN-DB","start":"2026-11-22T00:00:00Z",
				 "end":"2026-11-22T01:00:00Z"}""");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("NOT-IN-DB");
	}

	private static HttpResponse<String> send(ServiceProcess service, String method, String path, String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		// Changing the mission database is the admin's; submitting a job an operator's.
		request.header("Authorization", Spine.bearer("admin"));
		return Spine.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
