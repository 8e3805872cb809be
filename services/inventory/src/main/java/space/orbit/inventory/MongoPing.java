package space.orbit.inventory;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Readiness of MongoDB by {@code ping}, in place of Spring Boot's check (which sends
 * {@code hello}, a command the local MongoDB stand-in does not know).
 */
@Configuration(proxyBeanMethods = false)
class MongoPing {

	@Bean
	AbstractHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
		return new AbstractHealthIndicator("MongoDB health check failed") {
			@Override
			protected void doHealthCheck(Health.Builder builder) {
				Document answer = mongo.executeCommand(new Document("ping", 1));
				builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", answer.get("ok"));
			}
		};
	}

}
