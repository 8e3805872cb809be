package space.orbit.enricher.archive;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The MongoDB server the archive lives on: its health (a {@code ping}, which the stand-in
 * answers too, unlike {@code hello}) and, at start-up, a log line saying whether it looks
 * like a real MongoDB or the stand-in ({@code buildInfo} without a {@code gitVersion}).
 * The log informs; nothing is decided on it (the retention sweep is a setting).
 */
class MongoServer extends AbstractHealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(MongoServer.class);

	private final MongoDatabase database;

	MongoServer(MongoDatabase database) {
		super("MongoDB health check failed");
		this.database = database;
	}

	/** Logs which server answers, and whether the retention sweep is on. */
	void announce(boolean sweep) {
		try {
			Document info = this.database.runCommand(new Document("buildInfo", 1));
			if (!info.containsKey("gitVersion")) {
				log.warn("MongoDB at the configured URI is a STAND-IN (reports version {} without a gitVersion): "
						+ "the archive works, but set ORBIT_MONGODB_URI to a real MongoDB 7 in production; "
						+ "it has no TTL monitor, so segments past the retention are deleted only with "
						+ "orbit.enricher.archive.sweep=true (now {})", info.get("version"), sweep);
			}
			else {
				log.info("Archive on MongoDB {} (database {}; retention sweep {})", info.get("version"),
						this.database.getName(), sweep ? "on" : "off, the TTL index expires segments");
			}
		}
		catch (RuntimeException ex) {
			log.warn("MongoDB does not answer yet: {}", ex.getMessage());
		}
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.database.runCommand(new Document("ping", 1));
		builder.up().withDetail("database", this.database.getName());
	}

}
