package space.orbit.users;

import org.junit.jupiter.api.AfterAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestNats;
import space.orbit.test.TestPostgres;

/**
 * Points a users service under test at this machine's real PostgreSQL (a schema of its
 * own) and NATS JetStream (a stream and subject prefix of its own).
 */
public abstract class UsersTestInfrastructure {

	protected static final TestPostgres postgres = TestPostgres.newSchema("users_it");

	protected static final TestNats nats = TestNats.withUniqueStream("users-it");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		pointAt(registry, postgres, nats);
	}

	/** Points the service under test at a schema and a stream of a test's own. */
	public static void pointAt(DynamicPropertyRegistry registry, TestPostgres postgres, TestNats nats) {
		registry.add("spring.datasource.url", postgres::url);
		registry.add("orbit.users.schema", postgres::schema);
		nats.properties().forEach((key, value) -> registry.add(key, () -> value));
		registry.add("orbit.users.outbox.lease", () -> "1s");
		registry.add("orbit.users.outbox.sweep-interval", () -> "200ms");
		registry.add("logging.structured.format.console", () -> "");
		TestIssuer.shared().properties().forEach((key, value) -> registry.add(key, () -> value));
	}

	@AfterAll
	static void cleanUp() {
		nats.close();
		postgres.close();
	}

}
