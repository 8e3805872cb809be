package space.orbit.orders.order;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.orders.OrdersTestInfrastructure;
import space.orbit.test.AccessMatrix;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the committed {@code docs/api/orders.json} is refused without a
 * token (401) and with too small a role (403), and served with its own (ADR 0017):
 * reading is for viewers, placing an order for operators.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrdersAccessIT {

	static final TestMongo mongo = TestMongo.newDatabase("orders_access");

	static final TestNats nats = TestNats.withUniqueStream("orders-access");

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
	void everyOperationIsEnforcedAsDocumented() {
		List<String> calls = AccessMatrix.assertEnforcedAsDocumented(this.port, "orders");

		assertThat(calls).contains("POST /api/orders as viewer -> 403", "GET /api/orders as viewer -> 200",
				"GET /api/orders without a token -> 401");
	}

}
