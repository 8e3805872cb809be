package space.orbit.inventory;

import java.time.Duration;

import io.nats.client.api.ConsumerInfo;
import org.junit.jupiter.api.AfterAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNats;
import space.orbit.test.TestPostgres;

import static org.awaitility.Awaitility.await;

/**
 * Points an inventory service under test at this machine's real PostgreSQL (a schema of
 * its own), a MongoDB database of its own (TestMongo), the real NATS JetStream (a stream
 * and subject prefix of its own) and the JVM's TestIssuer (security on: every request
 * needs a token of its operation's role).
 */
public abstract class InventoryTestInfrastructure {

	protected static final TestPostgres postgres = TestPostgres.newSchema("inventory_it");

	protected static final TestMongo mongo = TestMongo.newDatabase("inventory_it");

	protected static final TestNats nats = TestNats.withUniqueStream("inventory-it");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		pointAt(registry, postgres, mongo, nats);
	}

	/**
	 * Points the service under test at a schema, a database and a stream of a test's own,
	 * and at the JVM's TestIssuer.
	 */
	public static void pointAt(DynamicPropertyRegistry registry, TestPostgres postgres, TestMongo mongo,
			TestNats nats) {
		registry.add("spring.datasource.url", postgres::url);
		TestIssuer.shared().properties().forEach((key, value) -> registry.add(key, () -> value));
		registry.add("orbit.inventory.schema", postgres::schema);
		registry.add("spring.mongodb.uri", mongo::uri);
		nats.properties().forEach((key, value) -> registry.add(key, () -> value));
		registry.add("orbit.nats.ack-wait", () -> "2s");
		registry.add("logging.structured.format.console", () -> "");
	}

	/**
	 * Waits until a durable consumer has handled everything on its subject: nothing
	 * undelivered, nothing delivered but unacknowledged (JetStream's consumer info).
	 */
	protected static void awaitConsumed(String durable, Duration timeout) {
		await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
			ConsumerInfo info = nats.connection().jetStreamManagement().getConsumerInfo(nats.stream(), durable);
			return info.getNumPending() == 0 && info.getNumAckPending() == 0;
		});
	}

	@AfterAll
	static void cleanUp() {
		nats.close();
		mongo.close();
		postgres.close();
	}

}
