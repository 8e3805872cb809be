package space.orbit.processor.registry;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import space.orbit.processor.ProcessorTestInfrastructure;
import space.orbit.test.ApiDocument;
import space.orbit.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processor's HTTP API against its contract (ADR 0012): it serves the committed
 * docs/api/processor.json and accepts every request example in it; lists page with
 * {@code limit} and an opaque {@code after}; a limit above the maximum or a cursor it did
 * not make is a 400 naming the parameter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MissionDatabaseApiIT extends ProcessorTestInfrastructure {

	@LocalServerPort
	private int port;

	@Test
	void servesTheCommittedDocumentAndAcceptsEachOfItsExamples() {
		ApiDocument.assertServedAsCommitted(this.port, "processor");

		List<String> sent = ApiDocument.replayRequestExamples(this.port, "processor");

		assertThat(sent).contains("POST /api/v1/missions (mission)", "PUT /api/v1/missions/MARS-RELAY (mission)",
				"POST /api/v1/spacecraft (spacecraft)", "PUT /api/v1/spacecraft/MR-1 (spacecraft)",
				"POST /api/v1/parameters (parameter)",
				"PUT /api/v1/parameters/MARS-RELAY/THERMAL.TANK.TEMP (parameter)");
		assertThat(sent).filteredOn((request) -> request.startsWith("GET ")).hasSize(8);
	}

	@Test
	void pagesThroughMissionsAndParametersWithCursors() {
		for (String id : List.of("PAGE-E", "PAGE-B", "PAGE-D", "PAGE-A", "PAGE-C")) {
			assertThat(admin().post("/api/v1/missions", "{\"id\":\"%s\",\"name\":\"%s\"}".formatted(id, id)).status())
				.isEqualTo(201);
		}
		for (String name : List.of("P.5", "P.3", "P.1", "P.4", "P.2")) {
			assertThat(admin().put("/api/v1/parameters/PAGE-A/" + name, "{\"subsystem\":\"P\",\"rawType\":\"FLOAT\"}")
				.status()).isEqualTo(201);
		}

		assertThat(all("/api/v1/missions?limit=2", "id")).filteredOn((id) -> id.startsWith("PAGE-"))
			.containsExactly("PAGE-A", "PAGE-B", "PAGE-C", "PAGE-D", "PAGE-E");
		assertThat(all("/api/v1/parameters?missionId=PAGE-A&limit=2", "name")).containsExactly("P.1", "P.2", "P.3",
				"P.4", "P.5");
	}

	@Test
	void refusesALimitAboveTheMaximumAndACursorItDidNotMake() {
		assertThat(expectInvalidParameter(viewer().get("/api/v1/missions?limit=501"), "limit").get("maximum").asInt())
			.isEqualTo(RegistryApi.MAX_LIMIT);
		expectInvalidParameter(viewer().get("/api/v1/spacecraft?limit=0"), "limit");
		expectInvalidParameter(viewer().get("/api/v1/parameters?after=not-a-cursor"), "after");
		assertThat(expectInvalidParameter(viewer().get("/api/v1/samples?limit=10001"), "limit").get("maximum").asInt())
			.isEqualTo(10_000);
		expectInvalidParameter(viewer().get("/api/v1/samples?after=bm90IGEgY3Vyc29y"), "after");
		expectInvalidParameter(viewer().get("/api/v1/samples?from=yesterday"), "from");
		expectInvalidParameter(viewer().get("/api/v1/samples?from=2026-11-22T00:00:00Z&to=2026-11-21T00:00:00Z"),
				"from");
	}

	/**
	 * Every page of a list, following {@code next}: the given field of each item, in
	 * order; every page but the last is full, the last has no {@code next}.
	 */
	private List<String> all(String first, String field) {
		List<String> values = new ArrayList<>();
		String next = null;
		do {
			JsonNode page = viewer().get(first + ((next != null) ? "&after=" + next : "")).json();
			page.get("items").forEach((item) -> values.add(item.get(field).asString()));
			next = page.has("next") ? page.get("next").asString() : null;
			if (next != null) {
				assertThat(page.get("items")).as("a page with a next").hasSize(2);
			}
		}
		while (next != null);
		return values;
	}

	/** Asserts a 400 invalid-parameter naming {@code parameter}; returns the problem. */
	private static JsonNode expectInvalidParameter(Http.Response response, String parameter) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asString()).isEqualTo("urn:orbit:problem:invalid-parameter");
		assertThat(problem.get("errors").findValuesAsString("parameter")).containsExactly(parameter);
		return problem;
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
