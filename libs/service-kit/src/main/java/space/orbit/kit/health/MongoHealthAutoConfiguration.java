package space.orbit.kit.health;

import com.mongodb.client.MongoClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The {@code mongo} health contributor of every service that uses MongoDB: a
 * {@link MongoPingHealthIndicator} on the database of its connection string (or
 * {@code admin}), in place of Boot's, which backs off when a bean of this name exists. A
 * service that defines its own {@code mongoHealthIndicator} (the enricher's) keeps it.
 */
@AutoConfiguration(after = MongoAutoConfiguration.class, before = MongoHealthContributorAutoConfiguration.class)
@ConditionalOnClass({ MongoClient.class, MongoConnectionDetails.class })
public class MongoHealthAutoConfiguration {

	@Bean(name = "mongoHealthIndicator")
	@ConditionalOnBean(MongoClient.class)
	@ConditionalOnMissingBean(name = "mongoHealthIndicator")
	MongoPingHealthIndicator mongoHealthIndicator(MongoClient client, MongoConnectionDetails connection) {
		String database = connection.getConnectionString().getDatabase();
		return new MongoPingHealthIndicator(client, (database != null) ? database : "admin");
	}

}
