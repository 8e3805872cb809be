package space.orbit.inventory.stock;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.inventory.InventoryTestInfrastructure;
import space.orbit.test.AccessMatrix;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNats;
import space.orbit.test.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the committed {@code docs/api/inventory.json} is refused without a
 * token (401) and with too small a role (403), and served with its own (ADR 0017):
 * reading stock levels is for viewers, receiving stock for operators.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InventoryAccessIT {

	static final TestPostgres postgres = TestPostgres.newSchema("inventory_access");

	static final TestMongo mongo = TestMongo.newDatabase("inventory_access");

	static final TestNats nats = TestNats.withUniqueStream("inventory-access");

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		InventoryTestInfrastructure.pointAt(registry, postgres, mongo, nats);
	}

	@AfterAll
	static void cleanUp() {
		nats.close();
		mongo.close();
		postgres.close();
	}

	@Test
	void everyOperationIsEnforcedAsDocumented() {
		List<String> calls = AccessMatrix.assertEnforcedAsDocumented(this.port, "inventory");

		assertThat(calls).contains("POST /api/inventory as viewer -> 403", "POST /api/inventory as operator -> 201",
				"GET /api/stock-levels as viewer -> 200", "GET /api/stock-levels without a token -> 401");
	}

}
