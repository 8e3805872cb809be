package space.orbit.orders.order;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.Http;
import space.orbit.test.TcpProxy;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay of the orders service's own events: each stored order is told once as
 * {@code order.created} and marked published; while NATS is unreachable (a TCP proxy in
 * front of the real server, cut) an order is stored and answered, its event retried by
 * the sweeper, and published once NATS is back.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderEventsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final TestMongo mongo = TestMongo.newDatabase("orders_relay");

	static final TestNats nats = TestNats.withUniqueStream("orders-relay");

	static final TcpProxy proxy = TcpProxy.to(URI.create(TestNats.URL).getPort());

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", mongo::uri);
		TestIssuer.shared().properties().forEach((key, value) -> registry.add(key, () -> value));
		nats.properties().forEach((key, value) -> registry.add(key, () -> value));
		registry.add("orbit.nats.url", () -> "nats://127.0.0.1:" + proxy.port());
		registry.add("orbit.nats.request-timeout", () -> "1s");
		registry.add("orbit.orders.outbox.lease", () -> "1s");
		registry.add("orbit.orders.outbox.sweep-interval", () -> "300ms");
		registry.add("logging.structured.format.console", () -> "");
	}

	@AfterAll
	static void cleanUp() {
		proxy.close();
		nats.close();
		mongo.close();
	}

	@Test
	void eachOrderIsToldOnceAndMarkedPublished() {
		List<String> placed = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			placed.add(place(UUID.randomUUID()));
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> placed.stream().allMatch(this::published));
		// Past the lease and several sweeps: nothing is told again.
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> placed.stream().allMatch(id -> told(id).size() == 1));
		for (String id : placed) {
			assertTold(id);
		}
	}

	@Test
	void anOrderPlacedWhileNatsIsUnreachableIsRetriedAndToldOnceNatsIsBack() {
		String id;
		double failed = failedPublications();
		proxy.cut();
		try {
			id = place(UUID.randomUUID());
			// Past the lease: the sweeper tries and fails; the order stays unpublished.
			await().during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(6))
				.until(() -> !published(id) && told(id).isEmpty());
			assertThat(failedPublications() - failed).as("the request's attempt and at least one retry")
				.isGreaterThanOrEqualTo(2);
		}
		finally {
			proxy.restore();
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> published(id));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> told(id).size() == 1);
		assertTold(id);
	}

	/** Places a supply order through the API (201 expected); returns its id. */
	private String place(UUID userId) {
		Http.Response response = new Http(this.port).as("operator")
			.post("/api/orders", "{\"userId\":\"" + userId
					+ "\",\"mission\":\"ARTEMIS-4\",\"items\":[{\"item\":\"oxygen-canister\",\"quantity\":4}]}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	/** Publications JetStream did not acknowledge (the publish observation's timer). */
	private double failedPublications() {
		return this.meters.find("orbit.events.publish")
			.tag("error", "EventNotPublishedException")
			.timers()
			.stream()
			.mapToDouble(Timer::count)
			.sum();
	}

	private boolean published(String id) {
		Document order = mongo.database().getCollection("orders").find(new Document("_id", id)).first();
		return order != null && order.getBoolean("published");
	}

	private List<TestNats.Event> told(String id) {
		return nats.events("order.created").stream().filter(e -> e.json().contains("\"" + id + "\"")).toList();
	}

	private void assertTold(String id) {
		JsonNode order = new Http(this.port).as("viewer").get("/api/orders/" + id).json();
		List<TestNats.Event> events = told(id);
		assertThat(events).as("order.created of %s", id).hasSize(1);
		assertThat(events.get(0).headers()).containsEntry("Nats-Msg-Id", "order.created:" + id)
			.containsEntry("Orbit-Event-Type", "order.created");
		JsonNode event = JSON.readTree(events.get(0).json());
		assertThat(event.get("orderId").asString()).isEqualTo(id);
		for (String field : List.of("userId", "placedBy", "mission", "items", "kind")) {
			assertThat(event.get(field)).as(field).isEqualTo(order.get(field));
		}
		assertThat(Instant.parse(event.get("createdAt").asString()))
			.isEqualTo(Instant.parse(order.get("createdAt").asString()));
	}

}
