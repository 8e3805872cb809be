package space.orbit.inventory.stock;

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
import space.orbit.inventory.InventoryTestInfrastructure;
import space.orbit.test.ApiDocument;
import space.orbit.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Inventory API on the real PostgreSQL, MongoDB (TestMongo) and NATS JetStream:
 * receipts go to the ledger and the {@code stock_levels} projection; an order's stock is
 * reserved across depots once however often {@code order.created} arrives, or the order
 * is rejected and nothing is taken; each change of stock records who caused it (the
 * receipt's token subject, the order's placer); bad input is a problem of its class (ADR
 * 0012), stores nothing and is counted; the service serves its committed OpenAPI document
 * and accepts its examples.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InventoryIT extends InventoryTestInfrastructure {

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

	private void receive(String item, String depot, int quantity) {
		Http.Response response = operator().post("/api/inventory",
				"{\"item\":\"" + item + "\",\"depot\":\"" + depot + "\",\"quantity\":" + quantity + "}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	private long level(String item, String depot) {
		Document level = mongo.database()
			.getCollection("stock_levels")
			.find(new Document("_id", depot + "/" + item))
			.first();
		return (level != null) ? ((Number) level.get("quantity")).longValue() : -1;
	}

	private static String order(String orderId, String item, int quantity) {
		return "{\"orderId\":\"" + orderId + "\",\"userId\":\"" + UUID.randomUUID()
				+ "\",\"placedBy\":\"ada@orbit.space\",\"mission\":\"ARTEMIS-4\",\"items\":[{\"item\":\"" + item
				+ "\",\"quantity\":" + quantity + "}],\"kind\":\"SUPPLY\"}";
	}

	private static long movements(String condition) {
		return postgres.queryForLong("SELECT count(*) FROM stock_movement WHERE " + condition);
	}

	@Test
	void receiptsGoToTheLedgerAndTheProjection() {
		double receipts = counter("orbit.stock.updates", "reason", "receipt");
		receive("water-tank", "KSC", 7);
		receive("water-tank", "KSC", 5);

		assertThat(postgres.queryForLong("SELECT quantity FROM stock WHERE item = 'water-tank' AND depot = 'KSC'"))
			.isEqualTo(12);
		assertThat(postgres.queryForLong("SELECT count(*) FROM stock_movement WHERE item = 'water-tank'")).isEqualTo(2);
		assertThat(movements("item = 'water-tank' AND actor = 'test-operator@orbit.space'"))
			.as("received by the token's subject")
			.isEqualTo(2);
		assertThat(level("water-tank", "KSC")).isEqualTo(12);
		JsonNode levels = viewer().get("/api/stock-levels?item=water-tank").json().get("items");
		assertThat(levels).hasSize(1);
		assertThat(levels.get(0).get("quantity").asLong()).isEqualTo(12);
		assertThat(counter("orbit.stock.updates", "reason", "receipt")).isEqualTo(receipts + 2);
	}

	@Test
	void anOrderIsReservedAcrossDepotsOnce() {
		receive("oxygen-canister", "KSC", 10);
		receive("oxygen-canister", "VAFB", 5);
		String orderId = UUID.randomUUID().toString();

		nats.publish("order.created", "order.created:" + orderId, order(orderId, "oxygen-canister", 12), Map.of());
		nats.awaitEvents("stock.reserved", events -> events.stream().anyMatch(e -> e.json().contains(orderId)),
				Duration.ofSeconds(10));
		// Delivered again (past JetStream's de-duplication window): nothing more is
		// taken.
		nats.publish("order.created", "again:" + orderId, order(orderId, "oxygen-canister", 12), Map.of());
		awaitConsumed("inventory-order-created", Duration.ofSeconds(10));

		assertThat(postgres.queryForLong("SELECT count(*) FROM stock_movement WHERE order_id = '" + orderId + "'"))
			.isEqualTo(2);
		assertThat(movements("order_id = '" + orderId + "' AND actor = 'ada@orbit.space'"))
			.as("taken for the order's placer")
			.isEqualTo(2);
		assertThat(postgres.queryForLong("SELECT sum(quantity) FROM stock WHERE item = 'oxygen-canister'"))
			.isEqualTo(3);
		assertThat(level("oxygen-canister", "KSC") + level("oxygen-canister", "VAFB")).isEqualTo(3);
		assertThat(nats.events("stock.reserved").stream().filter(e -> e.json().contains(orderId))).hasSize(1);
		assertThat(nats.events("order.rejected").stream().filter(e -> e.json().contains(orderId))).isEmpty();
	}

	@Test
	void anOrderBeyondTheStockIsRejectedAndTakesNothing() {
		receive("ration-pack", "KSC", 20);
		String orderId = UUID.randomUUID().toString();

		nats.publish("order.created", "order.created:" + orderId, order(orderId, "ration-pack", 21), Map.of());

		var rejected = nats.awaitEvents("order.rejected",
				events -> events.stream().anyMatch(e -> e.json().contains(orderId)), Duration.ofSeconds(10));
		assertThat(rejected.stream().filter(e -> e.json().contains(orderId))).singleElement()
			.satisfies(e -> assertThat(e.json()).contains("ration-pack (requested 21, available 20)"));
		assertThat(postgres.queryForLong("SELECT quantity FROM stock WHERE item = 'ration-pack'")).isEqualTo(20);
		assertThat(level("ration-pack", "KSC")).isEqualTo(20);
		assertThat(postgres.queryForLong("SELECT count(*) FROM stock_movement WHERE order_id = '" + orderId + "'"))
			.isZero();
	}

	@Test
	void anOrderCreatedThatDoesNotSayWhoPlacedItIsReservedAllTheSame() {
		receive("hydrazine-tank", "KSC", 3);
		String orderId = UUID.randomUUID().toString();
		String unsigned = order(orderId, "hydrazine-tank", 2).replace("\"placedBy\":\"ada@orbit.space\",", "");
		assertThat(unsigned).doesNotContain("placedBy");

		nats.publish("order.created", "order.created:" + orderId, unsigned, Map.of());

		nats.awaitEvents("stock.reserved", events -> events.stream().anyMatch(e -> e.json().contains(orderId)),
				Duration.ofSeconds(10));
		assertThat(movements("order_id = '" + orderId + "' AND actor = 'unrecorded'")).isEqualTo(1);
		assertThat(level("hydrazine-tank", "KSC")).isEqualTo(1);
	}

	@Test
	void badInputIsAProblemOfItsClassAndStoresNothing() {
		long movements = postgres.queryForLong("SELECT count(*) FROM stock_movement");
		long levels = mongo.database().getCollection("stock_levels").countDocuments();
		double invalid = counter("orbit.requests.rejected", "type", "invalid-request");
		double parameters = counter("orbit.requests.rejected", "type", "invalid-parameter");
		String valid = "{\"item\":\"x\",\"depot\":\"KSC\",\"quantity\":1}";
		List<Http.Response> invalidBodies = List.of(operator().post("/api/inventory", "{}"),
				operator().post("/api/inventory", valid.replace(":1}", ":0}")),
				operator().post("/api/inventory", valid.replace(":1}", ":-3}")),
				operator().post("/api/inventory", valid.replace(":1}", ":2.5}")),
				operator().post("/api/inventory", valid.replace(":1}", ":\"many\"}")),
				operator().post("/api/inventory", valid.replace("\"x\"", "\"a b\"")),
				operator().post("/api/inventory", valid.replace("KSC", "")),
				operator().post("/api/inventory", valid.replace("}", ",\"price\":3}")));
		List<Http.Response> badParameters = List.of(viewer().get("/api/stock-levels?limit=0"),
				viewer().get("/api/stock-levels?limit=many"), viewer().get("/api/stock-levels?item=a%20b"),
				viewer().get("/api/stock-levels?depot=a%20b"), viewer().get("/api/stock-levels?after=not-a-cursor"));
		Http.Response malformed = operator().post("/api/inventory", "{\"item\":");
		Http.Response text = operator().postAs("/api/inventory", "text/plain", "x");

		assertThat(invalidBodies).allSatisfy((response) -> assertProblem(response, 422, "invalid-request"));
		assertThat(badParameters).allSatisfy((response) -> assertProblem(response, 400, "invalid-parameter"));
		assertProblem(malformed, 400, "malformed-request");
		assertProblem(text, 415, "unsupported-media-type");
		assertThat(invalidBodies.get(1).json().get("errors").get(0).get("pointer").asString()).isEqualTo("/quantity");
		assertThat(viewer().get("/api/stock-levels?limit=1001").json().get("maximum").asInt()).isEqualTo(1000);
		assertThat(postgres.queryForLong("SELECT count(*) FROM stock_movement")).isEqualTo(movements);
		assertThat(mongo.database().getCollection("stock_levels").countDocuments()).isEqualTo(levels);
		assertThat(counter("orbit.requests.rejected", "type", "invalid-request"))
			.isEqualTo(invalid + invalidBodies.size());
		assertThat(counter("orbit.requests.rejected", "type", "invalid-parameter"))
			.isEqualTo(parameters + badParameters.size() + 1);
	}

	@Test
	void servesItsCommittedDocumentAndAcceptsItsExamples() {
		ApiDocument.assertServedAsCommitted(this.port, "inventory");

		assertThat(ApiDocument.replayRequestExamples(this.port, "inventory")).isNotEmpty();
	}

	private static void assertProblem(Http.Response response, int status, String type) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("type").asString()).isEqualTo("urn:orbit:problem:" + type);
	}

	private double counter(String name, String... tags) {
		return this.meters.find(name).tags(tags).counters().stream().mapToDouble(Counter::count).sum();
	}

}
