package space.orbit.kit.health;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The {@code mongo} health contributor of every service that uses MongoDB through Boot: a
 * {@link MongoPingHealthIndicator} on the database of {@code spring.mongodb.uri} (else
 * {@code spring.mongodb.database}, else {@code admin}), in place of Boot's, which backs
 * off when a bean of this name exists. A service that defines its own
 * {@code mongoHealthIndicator} (the enricher's) keeps it. Boot's classes are named, not
 * imported: the kit does not bring Boot's MongoDB support to services without it.
 */
@AutoConfiguration(afterName = MongoHealthAutoConfiguration.MONGO,
		beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass(name = { "com.mongodb.client.MongoClient", MongoHealthAutoConfiguration.MONGO })
public class MongoHealthAutoConfiguration {

	static final String MONGO = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration";

	@Bean(name = "mongoHealthIndicator")
	@ConditionalOnBean(MongoClient.class)
	@ConditionalOnMissingBean(name = "mongoHealthIndicator")
	MongoPingHealthIndicator mongoHealthIndicator(MongoClient client, Environment environment) {
		return new MongoPingHealthIndicator(client, database(environment));
	}

	/** The database a service's MongoDB settings name. */
	static String database(Environment environment) {
		String uri = environment.getProperty("spring.mongodb.uri");
		String database = (uri != null) ? new ConnectionString(uri).getDatabase() : null;
		if (database == null) {
			database = environment.getProperty("spring.mongodb.database");
		}
		return (database != null && !database.isBlank()) ? database : "admin";
	}

}
