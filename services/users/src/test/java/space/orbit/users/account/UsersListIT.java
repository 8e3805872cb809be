package space.orbit.users.account;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.kit.web.Cursor;
import space.orbit.test.Http;
import space.orbit.test.TestNats;
import space.orbit.test.TestPostgres;
import space.orbit.users.UsersTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/users} on a schema of its own: every account once, oldest first, a page
 * of {@code limit} at a time, keyset-paged (an account registered meanwhile comes last);
 * a limit out of range or a cursor the list did not make is a 400 naming the parameter.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UsersListIT {

	static final TestPostgres postgres = TestPostgres.newSchema("users_list");

	static final TestNats nats = TestNats.withUniqueStream("users-list");

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		UsersTestInfrastructure.pointAt(registry, postgres, nats);
	}

	@AfterAll
	static void cleanUp() {
		nats.close();
		postgres.close();
	}

	@Test
	void everyAccountIsListedOnceOldestFirstAPageAtATime() {
		List<String> registered = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			registered.add(register("page" + i + "@orbit.space"));
		}

		JsonNode page = http().get("/api/users?limit=2").json();
		List<String> listed = new ArrayList<>(ids(page));
		registered.add(register("late@orbit.space"));
		for (int pages = 1; page.has("next"); pages++) {
			assertThat(pages).as("pages followed; a cursor that does not advance loops").isLessThan(10);
			assertThat(page.get("items")).hasSize(2);
			page = http().get("/api/users?limit=2&after=" + page.get("next").asString()).json();
			listed.addAll(ids(page));
		}

		assertThat(listed).containsExactlyElementsOf(registered);
		assertThat(page.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("items");
		assertThat(http().get("/api/users").json().get("items")).hasSize(registered.size());
	}

	@Test
	void aLimitOutOfRangeOrACursorOfAnotherListIsA400NamingIt() {
		for (String query : List.of("limit=0", "limit=201", "limit=many", "after=not-a-cursor",
				"after=" + Cursor.encode("yesterday", "someone"), "after=" + Cursor.encode("2026-11-21T10:00:00Z"))) {
			Http.Response response = http().get("/api/users?" + query);
			String parameter = query.substring(0, query.indexOf('='));

			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			JsonNode problem = response.json();
			assertThat(problem.get("type").asString()).isEqualTo("urn:orbit:problem:invalid-parameter");
			assertThat(problem.get("errors").get(0).get("parameter").asString()).as(query).isEqualTo(parameter);
		}
		assertThat(http().get("/api/users?limit=201").json().get("maximum").asInt()).isEqualTo(200);
	}

	private String register(String email) {
		Http.Response created = http().post("/api/users",
				"{\"email\":\"" + email + "\",\"name\":\"Crew\",\"role\":\"CREW\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach((user) -> ids.add(user.get("id").asString()));
		return ids;
	}

	private Http http() {
		return new Http(this.port).as("admin");
	}

}
