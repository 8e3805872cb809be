package space.orbit.enricher.archive;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The MongoDB server the archive lives on: its health (a {@code ping}, which the stand-in
 * answers too, unlike {@code hello}) and, at start-up, whether it is a real MongoDB or
 * the stand-in ({@code buildInfo} without a {@code gitVersion}), said in the log.
 */
class MongoServer extends AbstractHealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(MongoServer.class);

	private final MongoDatabase database;

	private volatile Boolean standIn;

	MongoServer(MongoDatabase database) {
		super("MongoDB health check failed");
		this.database = database;
	}

	/** Whether the server is the stand-in (asked once, when it answers). */
	boolean standIn() {
		if (this.standIn == null) {
			announce();
		}
		return Boolean.TRUE.equals(this.standIn);
	}

	/** Logs which server answers; returns true when it is the stand-in. */
	boolean announce() {
		try {
			Document info = this.database.runCommand(new Document("buildInfo", 1));
			boolean standIn = !info.containsKey("gitVersion");
			this.standIn = standIn;
			if (standIn) {
				log.warn(
						"MongoDB at the configured URI is a STAND-IN (reports version {} without a gitVersion): "
								+ "the archive works, but set ORBIT_MONGODB_URI to a real MongoDB 7 in production",
						info.get("version"));
			}
			else {
				log.info("Archive on MongoDB {} (database {})", info.get("version"), this.database.getName());
			}
			return standIn;
		}
		catch (RuntimeException ex) {
			log.warn("MongoDB does not answer yet: {}", ex.getMessage());
			return false;
		}
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.database.runCommand(new Document("ping", 1));
		builder.up().withDetail("database", this.database.getName());
	}

}
