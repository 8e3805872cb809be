package space.orbit.inventory;

import org.junit.jupiter.api.AfterAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNats;
import space.orbit.test.TestPostgres;

/**
 * Points an inventory service under test at this machine's real PostgreSQL (a schema of
 * its own), a MongoDB database of its own (TestMongo) and the real NATS JetStream (a
 * stream and subject prefix of its own).
 */
public abstract class InventoryTestInfrastructure {

	protected static final TestPostgres postgres = TestPostgres.newSchema("inventory_it");

	protected static final TestMongo mongo = TestMongo.newDatabase("inventory_it");

	protected static final TestNats nats = TestNats.withUniqueStream("inventory-it");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", postgres::url);
		registry.add("orbit.inventory.schema", postgres::schema);
		registry.add("spring.mongodb.uri", mongo::uri);
		nats.properties().forEach((key, value) -> registry.add(key, () -> value));
		registry.add("orbit.nats.ack-wait", () -> "2s");
		registry.add("logging.structured.format.console", () -> "");
	}

	@AfterAll
	static void cleanUp() {
		nats.close();
		mongo.close();
		postgres.close();
	}

}
