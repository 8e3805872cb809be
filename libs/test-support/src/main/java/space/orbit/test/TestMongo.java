package space.orbit.test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * A database of its own on a MongoDB: the one at {@code ORBIT_TEST_MONGODB_URI} when set
 * (a real MongoDB, say), else the stand-in (tools/mongo-standin) started once per test
 * JVM in a child process, in memory. Dropped on {@link #close()}.
 */
public final class TestMongo implements AutoCloseable {

	private static final String CONFIGURED = System.getenv("ORBIT_TEST_MONGODB_URI");

	private static MongoStandInProcess shared;

	private final String server;

	private final String database;

	private final MongoClient client;

	private TestMongo(String server, String database) {
		this.server = server;
		this.database = database;
		this.client = MongoClients.create(server);
	}

	/** A new, empty, uniquely named database. */
	public static TestMongo newDatabase(String prefix) {
		return new TestMongo(server(), TestNames.unique(prefix + "_"));
	}

	/**
	 * A new database on another MongoDB server ({@code mongodb://host:port}): a stand-in
	 * a test restarts, say.
	 */
	public static TestMongo newDatabase(String prefix, String server) {
		return new TestMongo(server, TestNames.unique(prefix + "_"));
	}

	/** The connection string with this test's database, for {@code ORBIT_MONGODB_URI}. */
	public String uri() {
		return this.server + "/" + this.database;
	}

	public String databaseName() {
		return this.database;
	}

	/** This test's database, through the official driver. */
	public MongoDatabase database() {
		return this.client.getDatabase(this.database);
	}

	@Override
	public void close() {
		try {
			database().drop();
		}
		finally {
			this.client.close();
		}
	}

	private static synchronized String server() {
		if (CONFIGURED != null && !CONFIGURED.isBlank()) {
			return CONFIGURED.replaceAll("/+$", "");
		}
		if (shared == null) {
			shared = MongoStandInProcess.start(ServiceProcess.freePort(), null);
			MongoStandInProcess started = shared;
			Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-mongo-shutdown"));
		}
		return "mongodb://127.0.0.1:" + shared.port();
	}

}
