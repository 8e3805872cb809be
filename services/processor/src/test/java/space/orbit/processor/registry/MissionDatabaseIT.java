package space.orbit.processor.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import space.orbit.processor.ProcessorTestInfrastructure;
import space.orbit.registry.Calibration;
import space.orbit.registry.Limits;
import space.orbit.registry.ParameterDefinition;
import space.orbit.registry.RegistryEvent;
import space.orbit.registry.RegistryEvents;
import space.orbit.registry.Spacecraft;
import space.orbit.test.Http;
import space.orbit.test.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mission database on the real PostgreSQL and Kafka: the demo mission that
 * {@code ./orbit up} posts, CRUD with validation, and every change (and deletion) on the
 * compacted topic {@code orbit.registry.v1}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MissionDatabaseIT extends ProcessorTestInfrastructure {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String TLE1 = "1 99001U 26042A   26325.00000000  .00000000  00000-0  12000-3 0  9997";

	private static final String TLE2 = "2 99001  51.6400 246.4427 0006000  90.0000   0.0000 15.48880433    16";

	@LocalServerPort
	private int port;

	@Test
	void acceptsTheDemoMissionThatOrbitUpPostsAndPublishesIt() {
		for (String resource : List.of("missions", "spacecraft", "parameters")) {
			for (String line : demo(resource)) {
				Http.Response created = admin().post("/api/v1/" + resource, line);
				assertThat(created.status()).as(line + " -> " + created.body()).isEqualTo(201);
				expectConflict(admin().post("/api/v1/" + resource, line), "already_exists");
			}
		}

		JsonNode craft = viewer().get("/api/v1/spacecraft?missionId=ORBIT-DEMO").json().get("items");
		assertThat(craft).hasSize(5);
		assertThat(craft.get(0).get("id").asString()).isEqualTo("ORB-1");
		assertThat(craft.get(0).get("tle").get("line1").asString()).isEqualTo(TLE1);
		JsonNode parameters = viewer().get("/api/v1/parameters?missionId=ORBIT-DEMO&limit=500").json().get("items");
		assertThat(parameters).hasSize(43);
		JsonNode battery = viewer().get("/api/v1/parameters/ORBIT-DEMO/EPS.BATTERY.VOLTAGE").json();
		assertThat(battery.get("unit").asString()).isEqualTo("V");
		assertThat(battery.get("limits").get("criticalLow").asDouble()).isEqualTo(25.5);
		assertThat(battery.get("limits").get("hysteresis").asDouble()).isEqualTo(0.03);

		Map<String, RegistryEvent> latest = latestUntil((events) -> events.keySet()
			.stream()
			.filter((key) -> key.contains("ORBIT-DEMO") || key.startsWith("spacecraft/ORB-"))
			.count() >= 1 + 5 + 43);
		assertThat(latest.get("spacecraft/ORB-3").record()).isInstanceOf(Spacecraft.class);
		ParameterDefinition published = (ParameterDefinition) latest.get("parameter/ORBIT-DEMO/EPS.BATTERY.VOLTAGE")
			.record();
		assertThat(published.subsystem()).isEqualTo("EPS");
		assertThat(published.limits()).isEqualTo(new Limits(26.5, 29.4, 25.5, 29.8, 0.03));
	}

	@Test
	void createsReplacesAndDeletesEachChangeOnTheTopic() {
		assertThat(admin().post("/api/v1/missions", """
				{"id":"LUNAR-1","name":"Lunar pathfinder"}""").status()).isEqualTo(201);
		expectConflict(admin().post("/api/v1/missions", """
				{"id":"LUNAR-1","name":"again"}"""), "already_exists");
		assertThat(admin().put("/api/v1/spacecraft/LP-1", """
				{"missionId":"LUNAR-1","name":"Pathfinder","noradId":99001,
				 "tle":{"line1":"%s","line2":"%s"}}""".formatted(TLE1, TLE2)).status()).isEqualTo(201);
		Http.Response calibrated = admin().put("/api/v1/parameters/LUNAR-1/THERMAL.TANK.TEMP", """
				{"subsystem":"THERMAL","unit":"degC","rawType":"INTEGER",
				 "calibration":{"type":"LOOKUP","points":[{"raw":0,"value":-40.0},{"raw":4095,"value":85.0}]},
				 "limits":{"warningHigh":60.0,"criticalHigh":70.0}}""");
		assertThat(calibrated.status()).as(calibrated.body()).isEqualTo(201);
		Http.Response replaced = admin().put("/api/v1/parameters/LUNAR-1/THERMAL.TANK.TEMP", """
				{"subsystem":"THERMAL","unit":"degC","rawType":"INTEGER",
				 "calibration":{"type":"POLYNOMIAL","coefficients":[-40.0,0.0305]}}""");
		assertThat(replaced.status()).isEqualTo(200);
		assertThat(json.readTree(replaced.body()).get("version").asLong()).isEqualTo(1);

		Map<String, RegistryEvent> latest = latestUntil(
				(events) -> events.containsKey("parameter/LUNAR-1/THERMAL.TANK.TEMP")
						&& events.get("parameter/LUNAR-1/THERMAL.TANK.TEMP").record() instanceof ParameterDefinition p
						&& p.limits() == null);
		Calibration calibration = ((ParameterDefinition) latest.get("parameter/LUNAR-1/THERMAL.TANK.TEMP").record())
			.calibration();
		assertThat(calibration.apply(1000)).isEqualTo(-40.0 + 30.5, org.assertj.core.data.Offset.offset(1e-9));

		Http.Response refused = admin().delete("/api/v1/missions/LUNAR-1");
		expectConflict(refused, "mission_in_use");
		assertThat(refused.body()).contains("1 spacecraft and 1 parameter definitions");
		assertThat(admin().delete("/api/v1/parameters/LUNAR-1/THERMAL.TANK.TEMP").status()).isEqualTo(204);
		assertThat(viewer().get("/api/v1/parameters/LUNAR-1/THERMAL.TANK.TEMP").status()).isEqualTo(404);
		assertThat(admin().delete("/api/v1/spacecraft/LP-1").status()).isEqualTo(204);
		assertThat(admin().delete("/api/v1/missions/LUNAR-1").status()).isEqualTo(204);

		Map<String, RegistryEvent> afterDeletes = latestUntil(
				(events) -> events.containsKey("mission/LUNAR-1") && events.get("mission/LUNAR-1").deleted());
		assertThat(afterDeletes.get("parameter/LUNAR-1/THERMAL.TANK.TEMP").deleted()).isTrue();
		assertThat(afterDeletes.get("spacecraft/LP-1").deleted()).isTrue();
		assertThat(postgres.queryForLong("SELECT count(*) FROM registry_outbox")).isZero();
	}

	@Test
	void refusesBadInputWithAProblemNamingTheFieldAndStoresNothing() {
		assertThat(admin().put("/api/v1/missions/CHECKS", "{\"name\":\"Input checks\"}").status()).isIn(200, 201);
		long before = rows();
		expectProblem(admin().post("/api/v1/missions", "{\"id\":\"BAD\","), 400, null);
		expectProblem(admin().post("/api/v1/missions", "{\"id\":\"lower case!\",\"name\":\"x\"}"), 422, "/id");
		expectProblem(admin().post("/api/v1/missions", "{\"id\":\"NONAME\"}"), 422, "/name");
		expectProblem(admin().put("/api/v1/spacecraft/X-1", """
				{"missionId":"NO-SUCH-MISSION","name":"x"}"""), 422, "/missionId");
		expectProblem(admin().put("/api/v1/spacecraft/X-1", """
				{"missionId":"CHECKS","name":"x","tle":{"line1":"%s","line2":"%s"}}"""
			.formatted(TLE1.substring(0, 68) + "0", TLE2)), 422, "/tle/line1");
		expectProblem(admin().put("/api/v1/spacecraft/X-1", """
				{"id":"X-2","missionId":"CHECKS","name":"x"}"""), 422, "/id");
		expectProblem(admin().put("/api/v1/parameters/CHECKS/T.X", """
				{"subsystem":"T","rawType":"FLOAT","calibration":{"type":"LOOKUP",
				 "points":[{"raw":5,"value":1.0},{"raw":5,"value":2.0}]}}"""), 422, "/calibration/points/1/raw");
		expectProblem(admin().put("/api/v1/parameters/CHECKS/T.X", """
				{"subsystem":"T","rawType":"FLOAT","calibration":{"type":"SPLINE"}}"""), 422, "/calibration");
		expectProblem(admin().put("/api/v1/parameters/CHECKS/T.X", """
				{"subsystem":"T","rawType":"FLOAT","limits":{"warningHigh":10.0,"criticalHigh":5.0}}"""), 422,
				"/limits");
		Http.Response negative = admin().put("/api/v1/parameters/CHECKS/T.X", """
				{"subsystem":"T","rawType":"FLOAT","limits":{"warningHigh":10.0,"hysteresis":-0.5}}""");
		expectProblem(negative, 422, "/limits/hysteresis");
		assertThat(json.readTree(negative.body()).get("errors").get(0).get("detail").asString())
			.contains("zero or positive");
		expectProblem(admin().put("/api/v1/parameters/CHECKS/T.X", """
				{"subsystem":"T","rawType":"FLOAT","limits":{"hysteresis":0.5}}"""), 422, "/limits/hysteresis");
		expectProblem(admin().put("/api/v1/parameters/CHECKS/T.X", """
				{"subsystem":"T","rawType":"STRING","calibration":{"type":"POLYNOMIAL","coefficients":[0,2]}}"""), 422,
				"/calibration");
		assertThat(rows()).isEqualTo(before);
		assertThat(viewer().get("/api/v1/spacecraft/X-1").status()).isEqualTo(404);
	}

	/**
	 * PostgreSQL's text keeps no NUL character and UTF-8 no unpaired surrogate: such text
	 * is refused at the door (a 422 at the field, a 400 for a parameter or a path)
	 * instead of failing the insert with a 500.
	 */
	@Test
	void refusesTextNoStoreCanKeepAndStoresNothing() {
		assertThat(admin().put("/api/v1/missions/TEXTS", "{\"name\":\"Text checks\"}").status()).isIn(200, 201);
		long before = rows();
		expectProblem(admin().post("/api/v1/missions", "{\"id\":\"NUL\",\"name\":\"a\\u0000b\"}"), 422, "/name");
		expectProblem(admin().put("/api/v1/spacecraft/TX-1", """
				{"missionId":"TEXTS","name":"half \\ud83d pair"}"""), 422, "/name");
		expectProblem(admin().put("/api/v1/parameters/TEXTS/T.X", """
				{"subsystem":"T\\u0000","rawType":"FLOAT"}"""), 422, "/subsystem");
		Http.Response query = viewer().get("/api/v1/parameters?missionId=TEXTS%00");
		expectProblem(query, 400, null);
		assertThat(query.json().get("errors").get(0).get("reason").asString()).isEqualTo("invalid_text");
		expectProblem(viewer().get("/api/v1/missions/TEXTS%00"), 400, null);
		assertThat(rows()).isEqualTo(before);
		assertThat(viewer().get("/api/v1/spacecraft/TX-1").status()).isEqualTo(404);
	}

	private static void expectProblem(Http.Response response, int status, String pointer) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("type").asString("")).as(response.body()).startsWith("urn:orbit:problem:");
		if (pointer != null) {
			assertThat(problem.get("errors").findValuesAsString("pointer")).as(response.body())
				.anySatisfy((p) -> assertThat(p).startsWith(pointer));
		}
	}

	/** The bodies {@code ./orbit up} posts: {@code tools/orbit/demo/<resource>.jsonl}. */
	private static List<String> demo(String resource) {
		try {
			return Files.readAllLines(Path.of("../../tools/orbit/demo", resource + ".jsonl"))
				.stream()
				.filter((line) -> !line.isBlank())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void expectConflict(Http.Response response, String reason) {
		expectProblem(response, 409, null);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("urn:orbit:problem:conflict");
		assertThat(problem.get("reason").asString()).isEqualTo(reason);
	}

	private static long rows() {
		return postgres.queryForLong("SELECT (SELECT count(*) FROM mission) + (SELECT count(*) FROM spacecraft) "
				+ "+ (SELECT count(*) FROM parameter_definition)");
	}

	/** The latest event per key on the registry topic, read until {@code done} holds. */
	private static Map<String, RegistryEvent> latestUntil(Predicate<Map<String, RegistryEvent>> done) {
		Map<String, RegistryEvent> latest = new HashMap<>();
		List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntil(registryTopic,
				(read) -> done.test(latest(read)), Duration.ofSeconds(30));
		latest.putAll(latest(records));
		assertThat(done.test(latest)).as("the registry topic reached the expected state").isTrue();
		return latest;
	}

	private static Map<String, RegistryEvent> latest(List<ConsumerRecord<String, byte[]>> records) {
		Map<String, RegistryEvent> latest = new HashMap<>();
		records.forEach((r) -> latest.put(r.key(), RegistryEvents.read(r.key(), r.value())));
		return latest;
	}

	/** A client with a viewer's token: reads. */
	private Http viewer() {
		return new Http(this.port).as("viewer");
	}

	/** A client with an admin's token: changes of the mission database. */
	private Http admin() {
		return new Http(this.port).as("admin");
	}

}
