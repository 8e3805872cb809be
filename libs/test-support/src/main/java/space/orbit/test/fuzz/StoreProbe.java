package space.orbit.test.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
		return () -> {
			try (Connection connection = postgres.connect(); Statement statement = connection.createStatement()) {
				List<String> tables = new ArrayList<>();
				try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables "
						+ "WHERE table_schema = '" + schema + "' AND table_type = 'BASE TABLE' "
						+ "AND table_name NOT LIKE '%outbox%' AND table_name <> 'flyway_schema_history' "
						+ "ORDER BY table_name")) {
					while (rs.next()) {
						if (!ignored.contains(rs.getString(1))) {
							tables.add(rs.getString(1));
						}
					}
				}
				StringJoiner counts = new StringJoiner(",");
				for (String table : tables) {
					try (ResultSet rs = statement
						.executeQuery("SELECT count(*) FROM \"" + schema + "\".\"" + table + "\"")) {
						rs.next();
						counts.add(table + "=" + rs.getLong(1));
					}
				}
				return counts.toString();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("cannot read schema " + schema, ex);
			}
		};
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
