package space.orbit.orders.health;

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

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.mongodb.health.MongoHealthIndicator;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import space.orbit.kit.health.MongoHealthAutoConfiguration;
import space.orbit.kit.health.MongoPingHealthIndicator;
import space.orbit.test.TestMongo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders' {@code mongo} readiness check is the service kit's {@code ping}, not Boot's
 * indicator, which lists every database: the MongoDB stand-in answers that by reading
 * every document of every database, the archive included, at every probe.
 */
class MongoHealthIndicatorTest {

	private final TestMongo mongo = TestMongo.newDatabase("orders_health");

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class,
				MongoHealthContributorAutoConfiguration.class, MongoHealthAutoConfiguration.class))
		.withPropertyValues("spring.mongodb.uri=" + this.mongo.uri());

	@AfterEach
	void drop() {
		this.mongo.close();
	}

	@Test
	void theMongoContributorIsThePingInPlaceOfBoots() {
		this.contexts.run((context) -> {
			assertThat(context).hasSingleBean(MongoPingHealthIndicator.class)
				.doesNotHaveBean(MongoHealthIndicator.class);
			MongoPingHealthIndicator indicator = context.getBean("mongoHealthIndicator",
					MongoPingHealthIndicator.class);
			assertThat(indicator.health(true).getStatus()).isEqualTo(Status.UP);
			assertThat(indicator.health(true).getDetails()).containsEntry("database", this.mongo.databaseName());
		});
	}

	@Test
	void aServicesOwnIndicatorOfThatNameIsKept() {
		this.contexts
			.withBean("mongoHealthIndicator", MongoPingHealthIndicator.class,
					() -> new MongoPingHealthIndicator(MongoClients.create(this.mongo.uri()), "own"))
			.run((context) -> assertThat(
					context.getBean("mongoHealthIndicator", MongoPingHealthIndicator.class).health(true).getDetails())
				.containsEntry("database", "own"));
	}

	@Test
	void bootsIndicatorListsEveryDatabaseWhereThePingSendsOnePing() {
		List<String> commands = new CopyOnWriteArrayList<>();
		CommandListener listener = new CommandListener() {
			@Override
			public void commandStarted(CommandStartedEvent event) {
				commands.add(event.getCommandName());
			}
		};
		try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(this.mongo.uri()))
			.addCommandListener(listener)
			.build())) {
			new MongoPingHealthIndicator(client, this.mongo.databaseName()).health(true);
			assertThat(commands).containsExactly("ping");
			commands.clear();
			new MongoHealthIndicator(client).health(true);
			assertThat(commands).contains("listDatabases");
		}
	}

}
