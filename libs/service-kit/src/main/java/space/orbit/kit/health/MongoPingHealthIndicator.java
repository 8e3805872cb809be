package space.orbit.kit.health;

import com.mongodb.client.MongoClient;
import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * A MongoDB server's health as one {@code ping} to the service's own database. Boot's
 * indicator lists every database instead ({@code listDatabases}, then {@code hello}): on
 * the MongoDB stand-in (mongo-java-server) each {@code listDatabases} opens every
 * database anew and rebuilds its indexes by reading every document, so with the archive
 * in the same server each health probe of orders and inventory read the whole archive (a
 * core busy every few seconds, health probes timing out after a bench). A {@code ping}
 * costs nothing on either server.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private static final Document PING = new Document("ping", 1);

	private final MongoClient client;

	private final String database;

	public MongoPingHealthIndicator(MongoClient client, String database) {
		super("MongoDB health check failed");
		this.client = client;
		this.database = database;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.client.getDatabase(this.database).runCommand(PING);
		builder.up().withDetail("database", this.database);
	}

}
