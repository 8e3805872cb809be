package space.orbit.orders.order;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import space.orbit.test.Http;
import space.orbit.orders.OrdersTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Order API on MongoDB and the real NATS JetStream: an order is stored and told once
 * as {@code order.created}; a new user gets exactly one welcome order however often
 * {@code user.created} arrives; inventory's answer is recorded; bad input is a problem,
 * stores nothing and publishes nothing.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrdersApiIT extends OrdersTestInfrastructure {

	@LocalServerPort
	private int port;

	private Http http() {
		return new Http(this.port);
	}

	private static String order(UUID userId) {
		return "{\"userId\":\"" + userId + "\",\"mission\":\"ARTEMIS-4\",\"items\":[{\"item\":\"oxygen-canister\","
				+ "\"quantity\":4},{\"item\":\"ration-pack\",\"quantity\":30}]}";
	}

	@Test
	void anOrderIsStoredAndToldOnce() {
		UUID userId = UUID.randomUUID();
		Http.Response placed = http().post("/api/orders", order(userId));

		assertThat(placed.status()).isEqualTo(201);
		String id = placed.json().get("id").asString();
		assertThat(placed.location()).endsWith("/api/orders/" + id);
		JsonNode read = http().get("/api/orders/" + id).json();
		assertThat(read.get("status").asString()).isEqualTo("PLACED");
		assertThat(read.get("kind").asString()).isEqualTo("SUPPLY");
		assertThat(read.get("items").get(1).get("quantity").asInt()).isEqualTo(30);
		JsonNode mine = http().get("/api/orders?userId=" + userId).json();
		assertThat(mine.get("count").asInt()).isEqualTo(1);
		var events = nats.awaitEvents("order.created", all -> all.stream().anyMatch(e -> e.json().contains(id)),
				Duration.ofSeconds(10));
		assertThat(events.stream().filter(e -> e.json().contains(id))).singleElement()
			.satisfies(e -> assertThat(e.headers()).containsEntry("Nats-Msg-Id", "order.created:" + id)
				.containsKey("traceparent"));
		await().atMost(Duration.ofSeconds(5))
			.until(() -> mongo.database()
				.getCollection("orders")
				.find(new Document("_id", id))
				.first()
				.getBoolean("published"));
		assertThat(http().get("/metrics").body()).containsPattern("orbit_orders_placed_total\\{kind=\"SUPPLY\"");
	}

	@Test
	void aUserGetsOneWelcomeOrderHoweverOftenUserCreatedArrives() {
		UUID userId = UUID.randomUUID();
		String event = "{\"userId\":\"" + userId + "\",\"email\":\"w@orbit.space\",\"name\":\"W\",\"role\":\"CREW\"}";

		assertThat(nats.publish("user.created", "user.created:" + userId, event, Map.of())).isTrue();
		assertThat(nats.publish("user.created", "user.created:" + userId, event, Map.of())).isFalse();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> http().get("/api/orders?userId=" + userId).json().get("count").asInt() == 1);
		// Past JetStream's de-duplication window a redelivery carries a message id it no
		// longer remembers: the unique key in MongoDB still holds.
		assertThat(nats.publish("user.created", "redelivered:" + userId, event, Map.of())).isTrue();
		awaitConsumed("orders-user-created", Duration.ofSeconds(10));

		assertThat(welcomeOrders(userId)).isEqualTo(1);
		assertThat(http().get("/api/orders?userId=" + userId).json().get("count").asInt()).isEqualTo(1);
		JsonNode welcome = http().get("/api/orders?userId=" + userId).json().get("items").get(0);
		assertThat(welcome.get("kind").asString()).isEqualTo("WELCOME");
		assertThat(welcome.get("mission").asString()).isEqualTo("ORIENTATION");
		assertThat(nats.events("order.created").stream().filter(e -> e.json().contains(userId.toString()))).hasSize(1);
	}

	@Test
	void anUnreadableUserCreatedIsSetAsideAndCounted() {
		nats.publish("user.created", "garbage:" + UUID.randomUUID(), "{\"userId\":\"not-a-uuid\"}", Map.of());

		await().atMost(Duration.ofSeconds(10))
			.until(() -> http().get("/metrics")
				.body()
				.contains("orbit_events_unreadable_total{service=\"orders\",type=\"user.created\"}")
					|| http().get("/metrics").body().contains("orbit_events_unreadable_total{type=\"user.created\""));
		assertThat(mongo.database().getCollection("orders").countDocuments(new Document("userId", "not-a-uuid")))
			.isZero();
	}

	@Test
	void inventorysAnswerIsRecordedOnce() {
		String rejected = http().post("/api/orders", order(UUID.randomUUID())).json().get("id").asString();
		String reserved = http().post("/api/orders", order(UUID.randomUUID())).json().get("id").asString();

		nats.publish("order.rejected", "order.rejected:" + rejected,
				"{\"orderId\":\"" + rejected + "\",\"reason\":\"not enough oxygen-canister\"}", Map.of());
		nats.publish("stock.reserved", "stock.reserved:" + reserved, "{\"orderId\":\"" + reserved + "\"}", Map.of());
		nats.publish("stock.reserved", "late:" + rejected, "{\"orderId\":\"" + rejected + "\"}", Map.of());

		await().atMost(Duration.ofSeconds(10))
			.until(() -> "RESERVED".equals(http().get("/api/orders/" + reserved).json().get("status").asString()));
		JsonNode order = http().get("/api/orders/" + rejected).json();
		assertThat(order.get("status").asString()).isEqualTo("REJECTED");
		assertThat(order.get("reason").asString()).isEqualTo("not enough oxygen-canister");
	}

	@Test
	void badInputIsAProblemAndChangesNothing() {
		long orders = mongo.database().getCollection("orders").countDocuments();
		int events = nats.events("order.created").size();
		String user = UUID.randomUUID().toString();
		List<Http.Response> bad = List.of(http().post("/api/orders", "{\"userId\":"), http().post("/api/orders", "{}"),
				http().post("/api/orders", "{\"userId\":\"" + user + "\",\"mission\":\"M\",\"items\":[]}"),
				http().post("/api/orders",
						"{\"userId\":\"" + user + "\",\"mission\":\"M\",\"items\":[{\"item\":\"x\",\"quantity\":0}]}"),
				http().post("/api/orders",
						"{\"userId\":\"" + user + "\",\"mission\":\"M\",\"items\":[{\"item\":\"\",\"quantity\":1}]}"),
				http().post("/api/orders",
						"{\"userId\":\"" + user
								+ "\",\"mission\":\"M\",\"items\":[{\"item\":\"x\",\"quantity\":1.5}]}"),
				http().post("/api/orders",
						"{\"userId\":\"nobody\",\"mission\":\"M\",\"items\":[{\"item\":\"x\",\"quantity\":1}]}"),
				http().post("/api/orders",
						"{\"userId\":\"" + user
								+ "\",\"mission\":\"a b\",\"items\":[{\"item\":\"x\",\"quantity\":1}]}"),
				http().post("/api/orders",
						"{\"userId\":\"" + user
								+ "\",\"mission\":\"M\",\"items\":[{\"item\":\"x\",\"quantity\":1}],\"priority\":1}"),
				http().postAs("/api/orders", "text/plain", "oxygen"), http().get("/api/orders/42"),
				http().get("/api/orders?userId=nobody"), http().get("/api/orders?limit=0"),
				http().get("/api/orders?limit=501"));

		assertThat(bad).allSatisfy(response -> {
			assertThat(response.status()).as(response.body()).isBetween(400, 499);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().path("type").asString()).as(response.body()).startsWith("urn:orbit:problem:");
		});
		assertThat(bad.get(3).status()).isEqualTo(422);
		assertThat(bad.get(3).json().get("errors").get(0).get("field").asString()).isEqualTo("items[0].quantity");
		assertThat(http().get("/api/orders/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(mongo.database().getCollection("orders").countDocuments()).isEqualTo(orders);
		assertThat(nats.events("order.created")).hasSize(events);
		assertThat(http().get("/metrics").body())
			.containsPattern("orbit_requests_rejected_total\\{reason=\"invalid_body\"[^}]*} [1-9]")
			.containsPattern("orbit_requests_rejected_total\\{reason=\"invalid_parameter\"[^}]*} [1-9]");
	}

	private static long welcomeOrders(UUID userId) {
		return mongo.database()
			.getCollection("orders")
			.countDocuments(new Document("userId", userId.toString()).append("kind", "WELCOME"));
	}

}
