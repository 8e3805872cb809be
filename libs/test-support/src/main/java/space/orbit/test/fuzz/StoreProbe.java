package space.orbit.test.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import com.mongodb.client.MongoDatabase;

import space.orbit.test.TestPostgres;

/**
 * What a service keeps, read from its store directly (not through the service): the
 * number of rows of each table or documents of each collection. A request the service
 * refused must leave it unchanged.
 */
@FunctionalInterface
public interface StoreProbe {

	/** A service whose API changes nothing (reads only). */
	StoreProbe NONE = () -> "";

	String fingerprint();

	/**
	 * The row count of every table of the schema, but outboxes (a relay marks their rows
	 * published at any time) and Flyway's history.
	 */
	static StoreProbe postgres(TestPostgres postgres, String schema) {
		return postgres(postgres, schema, List.of());
	}

	/**
	 * As {@link #postgres(TestPostgres, String)}, without the tables in {@code ignored}:
	 * those the service fills later, on its own, from what an earlier request started (a
	 * job's result), which no request writes.
	 */
	static StoreProbe postgres(TestPostgres postgres, String schema, List<String> ignored) {
		return new PostgresProbe(postgres, schema, ignored);
	}

	/** The document count of every collection of the database. */
	static StoreProbe mongo(MongoDatabase database) {
		return () -> {
			StringJoiner counts = new StringJoiner(",");
			List<String> names = new ArrayList<>();
			database.listCollectionNames().into(names);
			names.stream()
				.sorted()
				.forEach((name) -> counts.add(name + "=" + database.getCollection(name).countDocuments()));
			return counts.toString();
		};
	}

}
