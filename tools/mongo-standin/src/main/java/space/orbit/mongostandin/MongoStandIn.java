package space.orbit.mongostandin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-wire-compatible stand-in for machines without a real MongoDB. It is not a
 * MongoDB: it lacks transactions, change streams, {@code $setWindowFields},
 * {@code $dateTrunc}, {@code $text} and real time-series collections (see
 * docs/adr/0005-enricher-archive.md). Orbit's services use only what MongoDB 7 supports
 * and talk to it through the official driver, so a real MongoDB replaces it unchanged.
 *
 * <p>
 * Usage: {@code MongoStandIn [--host 127.0.0.1] [--port 27017] [--data FILE]}; without
 * {@code --data} it keeps everything in memory.
 */
public final class MongoStandIn {

	private static final Logger log = LoggerFactory.getLogger(MongoStandIn.class);

	private MongoStandIn() {
	}

	public static void main(String[] args) throws InterruptedException {
		StandInOptions options;
		try {
			options = StandInOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("mongo-standin: " + ex.getMessage());
			System.err.println("usage: MongoStandIn [--host 127.0.0.1] [--port 27017] [--data FILE]");
			System.exit(2);
			return;
		}
		MongoBackend backend = backend(options);
		backend.version(ServerVersion.MONGO_5_0);
		MongoServer server = new MongoServer(backend);
		try {
			server.bind(options.host(), options.port());
		}
		catch (RuntimeException ex) {
			log.error(
					"Cannot listen on {}:{} ({}). Is a MongoDB already running there? Choose another port with --port "
							+ "(./orbit up: ORBIT_MONGODB_PORT).",
					options.host(), options.port(), ex.getMessage());
			System.exit(1);
			return;
		}
		log.warn("MongoDB STAND-IN (mongo-java-server, {}) listening on mongodb://{}:{} - not a real MongoDB: "
				+ "no transactions, change streams, $setWindowFields, $dateTrunc, $text or time-series collections. "
				+ "Point ORBIT_MONGODB_URI at a real MongoDB 7 for production.",
				(options.data() != null) ? "H2 file " + options.data() : "in memory", options.host(), options.port());
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.shutdown();
			stopped.countDown();
		}, "mongo-standin-shutdown"));
		stopped.await();
	}

	private static MongoBackend backend(StandInOptions options) {
		if (options.data() == null) {
			return new StandInMemoryBackend();
		}
		try {
			Path parent = options.data().toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Cannot create the folder of --data " + options.data(), ex);
		}
		return new DurableH2Backend(options.data().toString());
	}

}
