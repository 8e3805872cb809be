package space.orbit.processor.registry;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import space.orbit.processor.ProcessorTestInfrastructure;
import space.orbit.test.Http;
import space.orbit.test.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mission database's audit trail (ADR 0017): each change recorded with the subject of
 * the token that made it, in the change's transaction (a refused change leaves no entry),
 * read by a viewer newest first, a page at a time, of one record or one kind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryAuditIT extends ProcessorTestInfrastructure {

	private static final String TLE = """
			"tle":{"line1":"1 99001U 26042A   26325.00000000  .00000000  00000-0  12000-3 0  9997",\
			"line2":"2 99001  51.6400 246.4427 0006000  90.0000   0.0000 15.48880433    16"}""";

	@LocalServerPort
	private int port;

	@Test
	void recordsEachChangeWithTheSubjectOfTheTokenThatMadeIt() {
		Http ada = as("ada@orbit.space", "admin");
		Http grace = as("grace@orbit.space", "admin");
		assertThat(ada.post("/api/v1/missions", "{\"id\":\"AUDIT-1\",\"name\":\"Audited\"}").status()).isEqualTo(201);
		assertThat(ada.put("/api/v1/spacecraft/AU-1", "{\"missionId\":\"AUDIT-1\",\"name\":\"First\"}").status())
			.isEqualTo(201);
		assertThat(grace
			.put("/api/v1/spacecraft/AU-1",
					"{\"missionId\":\"AUDIT-1\",\"name\":\"Re-fitted\",\"noradId\":99001," + TLE + "}")
			.status()).isEqualTo(200);
		assertThat(grace.put("/api/v1/parameters/AUDIT-1/T.A", "{\"subsystem\":\"T\",\"rawType\":\"FLOAT\"}").status())
			.isEqualTo(201);
		assertThat(ada.delete("/api/v1/spacecraft/AU-1").status()).isEqualTo(204);

		JsonNode trail = viewer().get("/api/v1/registry/audit?kind=spacecraft&entityId=AU-1").json().get("items");
		assertThat(trail).extracting((entry) -> entry.get("action").asString())
			.containsExactly("DELETED", "UPDATED", "CREATED");
		assertThat(trail).extracting((entry) -> entry.get("actor").asString())
			.containsExactly("ada@orbit.space", "grace@orbit.space", "ada@orbit.space");
		assertThat(trail.get(1).get("summary").asString())
			.isEqualTo("Replaced spacecraft AU-1 'Re-fitted' of mission AUDIT-1, NORAD 99001, with a TLE (version 1)");
		assertThat(trail.get(2).get("summary").asString())
			.isEqualTo("Created spacecraft AU-1 'First' of mission AUDIT-1, without a TLE");
		assertThat(trail.get(0).get("summary").asString()).isEqualTo("Deleted spacecraft AU-1");
		assertThat(trail.get(0).get("kind").asString()).isEqualTo("spacecraft");
		assertThat(trail.get(0).get("at").asString()).isNotBlank();
		assertThat(trail.get(0).get("id").asLong()).isGreaterThan(trail.get(1).get("id").asLong());
		// Before and after: the record as it was and as the change left it.
		assertThat(trail.get(2).path("before").isMissingNode() || trail.get(2).path("before").isNull()).isTrue();
		assertThat(trail.get(2).get("after").get("name").asString()).isEqualTo("First");
		assertThat(trail.get(1).get("before").get("name").asString()).isEqualTo("First");
		assertThat(trail.get(1).get("after").get("name").asString()).isEqualTo("Re-fitted");
		assertThat(trail.get(1).get("after").get("noradId").asInt()).isEqualTo(99001);
		assertThat(trail.get(1).get("after").get("tle").get("line1").asString()).startsWith("1 99001U");
		assertThat(trail.get(0).get("before").get("name").asString()).isEqualTo("Re-fitted");
		assertThat(trail.get(0).path("after").isMissingNode() || trail.get(0).path("after").isNull()).isTrue();

		JsonNode parameter = viewer().get("/api/v1/registry/audit?entityId=AUDIT-1/T.A").json().get("items");
		assertThat(parameter).hasSize(1);
		assertThat(parameter.get(0).get("actor").asString()).isEqualTo("grace@orbit.space");
		assertThat(parameter.get(0).get("kind").asString()).isEqualTo("parameter");
		assertThat(parameter.get(0).get("summary").asString())
			.isEqualTo("Created parameter T.A of mission AUDIT-1 (T, FLOAT)");
		assertThat(viewer().get("/api/v1/registry/audit?kind=mission&entityId=AUDIT-1").json().get("items"))
			.extracting((entry) -> entry.get("actor").asString() + " " + entry.get("action").asString())
			.containsExactly("ada@orbit.space CREATED");
	}

	@Test
	void aRefusedChangeLeavesNoEntry() {
		Http admin = as("refused@orbit.space", "admin");
		assertThat(admin.put("/api/v1/missions/AUDIT-2", "{\"name\":\"In use\"}").status()).isEqualTo(201);
		assertThat(admin.put("/api/v1/parameters/AUDIT-2/T.B", "{\"subsystem\":\"T\",\"rawType\":\"FLOAT\"}").status())
			.isEqualTo(201);
		long before = entries();

		assertThat(admin.delete("/api/v1/missions/AUDIT-2").status()).as("still in use").isEqualTo(409);
		assertThat(admin.post("/api/v1/missions", "{\"id\":\"AUDIT-2\",\"name\":\"again\"}").status()).isEqualTo(409);
		assertThat(admin.put("/api/v1/spacecraft/AU-2", "{\"missionId\":\"NO-SUCH\",\"name\":\"x\"}").status())
			.isEqualTo(422);
		assertThat(as("viewer@orbit.space", "viewer").delete("/api/v1/parameters/AUDIT-2/T.B").status()).isEqualTo(403);

		assertThat(entries()).isEqualTo(before);
		assertThat(viewer().get("/api/v1/registry/audit?kind=mission&entityId=AUDIT-2").json().get("items"))
			.extracting((entry) -> entry.get("action").asString())
			.containsExactly("CREATED");
	}

	@Test
	void pagesNewestFirstWithCursors() {
		Http admin = as("pager@orbit.space", "admin");
		assertThat(admin.put("/api/v1/missions/AUDIT-3", "{\"name\":\"v0\"}").status()).isEqualTo(201);
		for (int version = 1; version <= 4; version++) {
			assertThat(admin.put("/api/v1/missions/AUDIT-3", "{\"name\":\"v" + version + "\"}").status())
				.isEqualTo(200);
		}

		List<String> summaries = new ArrayList<>();
		String next = null;
		do {
			JsonNode page = viewer()
				.get("/api/v1/registry/audit?kind=mission&entityId=AUDIT-3&limit=2"
						+ ((next != null) ? "&after=" + next : ""))
				.json();
			page.get("items").forEach((entry) -> summaries.add(entry.get("summary").asString()));
			next = page.has("next") ? page.get("next").asString() : null;
			if (next != null) {
				assertThat(page.get("items")).as("a page with a next").hasSize(2);
			}
		}
		while (next != null);

		assertThat(summaries).containsExactly("Replaced mission AUDIT-3 'v4' (version 4)",
				"Replaced mission AUDIT-3 'v3' (version 3)", "Replaced mission AUDIT-3 'v2' (version 2)",
				"Replaced mission AUDIT-3 'v1' (version 1)", "Created mission AUDIT-3 'v0'");
	}

	@Test
	void refusesAnUnknownKindALimitAboveTheMaximumAndACursorItDidNotMake() {
		for (String query : List.of("kind=satellite", "limit=501", "after=not-a-cursor", "after=YWJj")) {
			Http.Response response = viewer().get("/api/v1/registry/audit?" + query);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.json().get("type").asString()).isEqualTo("urn:orbit:problem:invalid-parameter");
			assertThat(response.json().get("errors").findValuesAsString("parameter"))
				.containsExactly(query.substring(0, query.indexOf('=')));
		}
	}

	private static long entries() {
		return postgres.queryForLong("SELECT count(*) FROM registry_audit");
	}

	private Http as(String subject, String role) {
		return new Http(this.port).withToken(TestIssuer.shared().token(subject, role));
	}

	private Http viewer() {
		return new Http(this.port).as("viewer");
	}

}
