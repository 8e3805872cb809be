package space.orbit.kit.health;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;
import org.springframework.mock.env.MockEnvironment;
import space.orbit.test.TestMongo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's MongoDB health check against the stand-in: one {@code ping} to the service's
 * database, never a command that makes the server read its databases. (That it takes the
 * place of Boot's indicator is checked where Boot's MongoDB support is: orders'
 * MongoHealthIndicatorTest.)
 */
class MongoPingHealthIndicatorTest {

	private final TestMongo mongo = TestMongo.newDatabase("kit_health");

	@AfterEach
	void drop() {
		this.mongo.close();
	}

	@Test
	void aHealthCheckIsOnePingToTheServicesDatabase() {
		List<String> commands = new CopyOnWriteArrayList<>();
		CommandListener listener = new CommandListener() {
			@Override
			public void commandStarted(CommandStartedEvent event) {
				commands.add(event.getCommandName() + " " + event.getDatabaseName());
			}
		};
		try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(this.mongo.uri()))
			.addCommandListener(listener)
			.build())) {
			MongoPingHealthIndicator indicator = new MongoPingHealthIndicator(client, this.mongo.databaseName());
			assertThat(indicator.health(true).getStatus()).isEqualTo(Status.UP);
			assertThat(indicator.health(true).getDetails()).containsEntry("database", this.mongo.databaseName());
			assertThat(commands).containsExactly("ping " + this.mongo.databaseName(),
					"ping " + this.mongo.databaseName());
		}
	}

	@Test
	void theDatabaseIsTheOneTheServicesSettingsName() {
		assertThat(MongoHealthAutoConfiguration
			.database(new MockEnvironment().withProperty("spring.mongodb.uri", "mongodb://127.0.0.1:27017/orbit")))
			.isEqualTo("orbit");
		assertThat(MongoHealthAutoConfiguration
			.database(new MockEnvironment().withProperty("spring.mongodb.uri", "mongodb://127.0.0.1:27017")
				.withProperty("spring.mongodb.database", "orders")))
			.isEqualTo("orders");
		assertThat(MongoHealthAutoConfiguration.database(new MockEnvironment())).isEqualTo("admin");
	}

}
