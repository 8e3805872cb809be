package space.orbit.orders.order;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import space.orbit.orders.OrdersTestInfrastructure;
import space.orbit.test.ApiDocument;
import space.orbit.test.Http;
import space.orbit.test.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Order API on MongoDB and the real NATS JetStream: an order is stored and told once
 * as {@code order.created}; a new user gets exactly one welcome order however often
 * {@code user.created} arrives; inventory's answer is recorded; bad input is a problem of
 * its class (ADR 0012), stores nothing, publishes nothing and is counted; an order
 * records who placed it (the token's subject; the service itself for a welcome order);
 * the service serves its committed OpenAPI document and accepts its examples.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrdersApiIT extends OrdersTestInfrastructure {

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	private Http viewer() {
		return new Http(this.port).as("viewer");
	}

	private Http operator() {
		return new Http(this.port).as("operator");
	}

	private static String order(UUID userId) {
		return "{\"userId\":\"" + userId + "\",\"mission\":\"ARTEMIS-4\",\"items\":[{\"item\":\"oxygen-canister\","
				+ "\"quantity\":4},{\"item\":\"ration-pack\",\"quantity\":30}]}";
	}

	@Test
	void anOrderIsStoredAndToldOnce() {
		UUID userId = UUID.randomUUID();
		double supplies = counter("orbit.orders.placed", "kind", "SUPPLY");
		Http.Response placed = new Http(this.port).withToken(TestIssuer.shared().token("ada@orbit.space", "operator"))
			.post("/api/orders", order(userId));

		assertThat(placed.status()).isEqualTo(201);
		String id = placed.json().get("id").asString();
		assertThat(placed.location()).endsWith("/api/orders/" + id);
		JsonNode read = viewer().get("/api/orders/" + id).json();
		assertThat(read.get("status").asString()).isEqualTo("PLACED");
		assertThat(read.get("kind").asString()).isEqualTo("SUPPLY");
		assertThat(read.get("placedBy").asString()).as("the token's subject").isEqualTo("ada@orbit.space");
		assertThat(read.get("items").get(1).get("quantity").asInt()).isEqualTo(30);
		JsonNode mine = viewer().get("/api/orders?userId=" + userId).json();
		assertThat(mine.get("items")).singleElement().isEqualTo(read);
		var events = nats.awaitEvents("order.created", all -> all.stream().anyMatch(e -> e.json().contains(id)),
				Duration.ofSeconds(10));
		assertThat(events.stream().filter(e -> e.json().contains(id))).singleElement().satisfies(e -> {
			assertThat(e.headers()).containsEntry("Nats-Msg-Id", "order.created:" + id).containsKey("traceparent");
			assertThat(e.json()).contains("\"placedBy\":\"ada@orbit.space\"");
		});
		await().atMost(Duration.ofSeconds(5))
			.until(() -> mongo.database()
				.getCollection("orders")
				.find(new Document("_id", id))
				.first()
				.getBoolean("published"));
		assertThat(counter("orbit.orders.placed", "kind", "SUPPLY")).isEqualTo(supplies + 1);
	}

	@Test
	void aUserGetsOneWelcomeOrderHoweverOftenUserCreatedArrives() {
		UUID userId = UUID.randomUUID();
		String event = "{\"userId\":\"" + userId + "\",\"email\":\"w@orbit.space\",\"name\":\"W\",\"role\":\"CREW\"}";

		assertThat(nats.publish("user.created", "user.created:" + userId, event, Map.of())).isTrue();
		assertThat(nats.publish("user.created", "user.created:" + userId, event, Map.of())).isFalse();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> viewer().get("/api/orders?userId=" + userId).json().get("items").size() == 1);
		// Past JetStream's de-duplication window a redelivery carries a message id it no
		// longer remembers: the unique key in MongoDB still holds.
		assertThat(nats.publish("user.created", "redelivered:" + userId, event, Map.of())).isTrue();
		awaitConsumed("orders-user-created", Duration.ofSeconds(10));

		assertThat(welcomeOrders(userId)).isEqualTo(1);
		JsonNode mine = viewer().get("/api/orders?userId=" + userId).json().get("items");
		assertThat(mine).hasSize(1);
		JsonNode welcome = mine.get(0);
		assertThat(welcome.get("kind").asString()).isEqualTo("WELCOME");
		assertThat(welcome.get("mission").asString()).isEqualTo("ORIENTATION");
		assertThat(welcome.get("placedBy").asString()).as("no person placed it")
			.isEqualTo("orbit-orders (welcome order)");
		assertThat(nats.events("order.created").stream().filter(e -> e.json().contains(userId.toString()))).hasSize(1);
	}

	@Test
	void anUnreadableUserCreatedIsSetAsideAndCounted() {
		double unreadable = counter("orbit.events.unreadable", "type", "user.created");

		nats.publish("user.created", "garbage:" + UUID.randomUUID(), "{\"userId\":\"not-a-uuid\"}", Map.of());

		awaitConsumed("orders-user-created", Duration.ofSeconds(10));
		assertThat(counter("orbit.events.unreadable", "type", "user.created")).isEqualTo(unreadable + 1);
		assertThat(mongo.database().getCollection("orders").countDocuments(new Document("userId", "not-a-uuid")))
			.isZero();
	}

	@Test
	void inventorysAnswerIsRecordedOnce() {
		String rejected = operator().post("/api/orders", order(UUID.randomUUID())).json().get("id").asString();
		String reserved = operator().post("/api/orders", order(UUID.randomUUID())).json().get("id").asString();

		nats.publish("order.rejected", "order.rejected:" + rejected,
				"{\"orderId\":\"" + rejected + "\",\"reason\":\"not enough oxygen-canister\"}", Map.of());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "REJECTED".equals(viewer().get("/api/orders/" + rejected).json().get("status").asString()));
		// A late, contradicting answer, then another order's: the stock.reserved consumer
		// handles its events in order, so once the second is recorded the first was
		// handled.
		nats.publish("stock.reserved", "late:" + rejected, "{\"orderId\":\"" + rejected + "\"}", Map.of());
		nats.publish("stock.reserved", "stock.reserved:" + reserved, "{\"orderId\":\"" + reserved + "\"}", Map.of());

		await().atMost(Duration.ofSeconds(10))
			.until(() -> "RESERVED".equals(viewer().get("/api/orders/" + reserved).json().get("status").asString()));
		JsonNode order = viewer().get("/api/orders/" + rejected).json();
		assertThat(order.get("status").asString()).isEqualTo("REJECTED");
		assertThat(order.get("reason").asString()).isEqualTo("not enough oxygen-canister");
	}

	@Test
	void badInputIsAProblemOfItsClassAndChangesNothing() {
		long orders = mongo.database().getCollection("orders").countDocuments();
		int events = nats.events("order.created").size();
		double invalid = rejected("invalid-request");
		double otherwise = rejected("malformed-request") + rejected("unsupported-media-type")
				+ rejected("invalid-parameter");
		String valid = order(UUID.randomUUID());
		List<Http.Response> invalidBodies = List.of(operator().post("/api/orders", "{}"),
				operator().post("/api/orders", valid.replaceFirst("\\[.*]", "[]")),
				operator().post("/api/orders", valid.replace("\"quantity\":4", "\"quantity\":0")),
				operator().post("/api/orders", valid.replace("oxygen-canister", "")),
				operator().post("/api/orders", valid.replace("\"quantity\":4", "\"quantity\":1.5")),
				operator().post("/api/orders", valid.replaceFirst("[0-9a-f-]{36}", "nobody")),
				operator().post("/api/orders", valid.replace("ARTEMIS-4", "a b")),
				operator().post("/api/orders", valid.replace("}]}", "}],\"priority\":1}")),
				operator().post("/api/orders", valid.replace("}]}", "}],\"placedBy\":\"mallory@orbit.space\"}")));
		List<Http.Response> otherBad = List.of(operator().post("/api/orders", "{\"userId\":"),
				operator().postAs("/api/orders", "text/plain", "oxygen"), viewer().get("/api/orders/42"));

		assertThat(invalidBodies).allSatisfy(response -> {
			assertThat(response.status()).as(response.body()).isEqualTo(422);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().get("type").asString()).isEqualTo("urn:orbit:problem:invalid-request");
			assertThat(response.json().get("errors").get(0).has("pointer")).as(response.body()).isTrue();
		});
		assertThat(otherBad).extracting(Http.Response::status).containsExactly(400, 415, 400);
		assertThat(otherBad).extracting(r -> r.json().get("type").asString())
			.containsExactly("urn:orbit:problem:malformed-request", "urn:orbit:problem:unsupported-media-type",
					"urn:orbit:problem:invalid-parameter");
		assertThat(invalidBodies.get(2).json().get("errors").get(0).get("pointer").asString())
			.isEqualTo("/items/0/quantity");
		Http.Response unknown = viewer().get("/api/orders/" + UUID.randomUUID());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("type").asString()).isEqualTo("urn:orbit:problem:not-found");
		assertThat(mongo.database().getCollection("orders").countDocuments()).isEqualTo(orders);
		assertThat(nats.events("order.created")).hasSize(events);
		assertThat(rejected("invalid-request")).isEqualTo(invalid + invalidBodies.size());
		assertThat(rejected("malformed-request") + rejected("unsupported-media-type") + rejected("invalid-parameter"))
			.isEqualTo(otherwise + otherBad.size());
	}

	@Test
	void servesItsCommittedDocumentAndAcceptsItsExamples() {
		ApiDocument.assertServedAsCommitted(this.port, "orders");

		assertThat(ApiDocument.replayRequestExamples(this.port, "orders")).isNotEmpty();
	}

	private double counter(String name, String... tags) {
		return this.meters.find(name).tags(tags).counters().stream().mapToDouble(Counter::count).sum();
	}

	/** {@code orbit_requests_rejected_total} of one problem type, whatever the reason. */
	private double rejected(String type) {
		return counter("orbit.requests.rejected", "type", type);
	}

	private static long welcomeOrders(UUID userId) {
		return mongo.database()
			.getCollection("orders")
			.countDocuments(new Document("userId", userId.toString()).append("kind", "WELCOME"));
	}

}
