package space.orbit.orders.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.kit.web.Cursor;
import space.orbit.orders.OrdersTestInfrastructure;
import space.orbit.test.Http;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/orders} on a database of its own: a user's orders (or everyone's) once
 * each, newest first, a page of {@code limit} at a time, keyset-paged; a limit out of
 * range or a cursor the list did not make is a 400 naming the parameter.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrdersListIT {

	static final TestMongo mongo = TestMongo.newDatabase("orders_list");

	static final TestNats nats = TestNats.withUniqueStream("orders-list");

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		OrdersTestInfrastructure.pointAt(registry, mongo, nats);
	}

	@AfterAll
	static void cleanUp() {
		nats.close();
		mongo.close();
	}

	@Test
	void aUsersOrdersAreListedOnceNewestFirstAPageAtATime() {
		UUID user = UUID.randomUUID();
		List<String> placed = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			placed.add(place(user));
		}
		String someoneElses = place(UUID.randomUUID());

		List<JsonNode> listed = new ArrayList<>();
		JsonNode page = viewer().get("/api/orders?userId=" + user + "&limit=2").json();
		page.get("items").forEach(listed::add);
		for (int pages = 1; page.has("next"); pages++) {
			assertThat(pages).as("pages followed; a cursor that does not advance loops").isLessThan(10);
			assertThat(page.get("items")).hasSize(2);
			page = viewer().get("/api/orders?userId=" + user + "&limit=2&after=" + page.get("next").asString()).json();
			page.get("items").forEach(listed::add);
		}

		assertThat(listed).extracting((order) -> order.get("id").asString())
			.containsExactlyInAnyOrderElementsOf(placed);
		assertThat(listed).as("newest first: createdAt, then id, descending")
			.isSortedAccordingTo(
					Comparator.comparing((JsonNode order) -> Instant.parse(order.get("createdAt").asString()))
						.thenComparing((order) -> order.get("id").asString())
						.reversed());
		assertThat(page.properties()).extracting(Map.Entry::getKey).containsExactly("items");
		placed.add(someoneElses);
		assertThat(ids(viewer().get("/api/orders?limit=500").json())).containsExactlyInAnyOrderElementsOf(placed);
	}

	@Test
	void aLimitOutOfRangeOrACursorOfAnotherListIsA400NamingIt() {
		for (String query : List.of("limit=0", "limit=501", "limit=many", "userId=nobody", "after=not-a-cursor",
				"after=" + Cursor.encode("yesterday", "someone"), "after=" + Cursor.encode("2026-11-21T10:00:00Z"))) {
			Http.Response response = viewer().get("/api/orders?" + query);
			String parameter = query.substring(0, query.indexOf('='));

			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			JsonNode problem = response.json();
			assertThat(problem.get("type").asString()).isEqualTo("urn:orbit:problem:invalid-parameter");
			assertThat(problem.get("errors").get(0).get("parameter").asString()).as(query).isEqualTo(parameter);
		}
		assertThat(viewer().get("/api/orders?limit=501").json().get("maximum").asInt()).isEqualTo(500);
	}

	private String place(UUID userId) {
		Http.Response placed = operator().post("/api/orders", "{\"userId\":\"" + userId
				+ "\",\"mission\":\"ARTEMIS-4\",\"items\":[{\"item\":\"oxygen-canister\",\"quantity\":1}]}");
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		return placed.json().get("id").asString();
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach((order) -> ids.add(order.get("id").asString()));
		return ids;
	}

	private Http viewer() {
		return new Http(this.port).as("viewer");
	}

	private Http operator() {
		return new Http(this.port).as("operator");
	}

}
