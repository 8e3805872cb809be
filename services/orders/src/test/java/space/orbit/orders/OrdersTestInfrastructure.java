package space.orbit.orders;

import org.junit.jupiter.api.AfterAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNats;

/**
 * Points an orders service under test at a MongoDB database of its own (TestMongo) and
 * this machine's real NATS JetStream (a stream and subject prefix of its own).
 */
public abstract class OrdersTestInfrastructure {

	protected static final TestMongo mongo = TestMongo.newDatabase("orders_it");

	protected static final TestNats nats = TestNats.withUniqueStream("orders-it");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", mongo::uri);
		nats.properties().forEach((key, value) -> registry.add(key, () -> value));
		registry.add("orbit.nats.ack-wait", () -> "2s");
		registry.add("orbit.orders.outbox.lease", () -> "1s");
		registry.add("orbit.orders.outbox.sweep-interval", () -> "300ms");
		registry.add("logging.structured.format.console", () -> "");
	}

	@AfterAll
	static void cleanUp() {
		nats.close();
		mongo.close();
	}

}
