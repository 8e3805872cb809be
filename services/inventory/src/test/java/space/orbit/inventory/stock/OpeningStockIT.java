package space.orbit.inventory.stock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.Http;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNats;
import space.orbit.test.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code orbit.inventory.opening-stock} is received once, when the ledger is empty, into
 * both the ledger and the {@code stock_levels} projection, as received by the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpeningStockIT {

	static final TestPostgres postgres = TestPostgres.newSchema("inventory_opening");

	static final TestMongo mongo = TestMongo.newDatabase("inventory_opening");

	static final TestNats nats = TestNats.withUniqueStream("inventory-opening");

	@LocalServerPort
	private int port;

	@Autowired
	private OpeningStock openingStock;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", postgres::url);
		TestIssuer.shared().properties().forEach((key, value) -> registry.add(key, () -> value));
		registry.add("orbit.inventory.schema", postgres::schema);
		registry.add("spring.mongodb.uri", mongo::uri);
		nats.properties().forEach((key, value) -> registry.add(key, () -> value));
		registry.add("orbit.inventory.opening-stock", () -> "welcome-kit@KSC:500,crew-badge@KSC:200");
	}

	@AfterAll
	static void cleanUp() {
		nats.close();
		mongo.close();
		postgres.close();
	}

	@Test
	void isReceivedOnceIntoTheLedgerAndTheProjection() throws Exception {
		this.openingStock.run(null);

		Http.Response levels = new Http(this.port).as("viewer").get("/api/stock-levels?depot=KSC");
		assertThat(levels.status()).isEqualTo(200);
		JsonNode items = levels.json().get("items");
		assertThat(items.findValuesAsString("item")).containsExactly("crew-badge", "welcome-kit");
		assertThat(items.findValues("quantity")).extracting((q) -> q.asLong()).containsExactly(200L, 500L);
		assertThat(postgres.queryForLong("SELECT sum(quantity) FROM stock")).isEqualTo(700);
		assertThat(postgres.queryForLong(
				"SELECT count(*) FROM stock_movement WHERE actor = 'orbit-inventory (opening stock)' AND reason = 'receipt'"))
			.as("received by the service, no person")
			.isEqualTo(2);
	}

}
