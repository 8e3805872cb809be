package space.orbit.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A schema of its own on this machine's real PostgreSQL ({@code ORBIT_TEST_POSTGRES_URL},
 * default {@code jdbc:postgresql://127.0.0.1:5432/orbit_test}; the database is created if
 * missing). Dropped on {@link #close()}.
 */
public final class TestPostgres implements AutoCloseable {

	public static final String URL = env("ORBIT_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/orbit_test");

	public static final String USER = env("ORBIT_TEST_POSTGRES_USER", "postgres");

	public static final String PASSWORD = env("ORBIT_TEST_POSTGRES_PASSWORD", "");

	private final String schema;

	private TestPostgres(String schema) {
		this.schema = schema;
	}

	/**
	 * A new, empty, uniquely named schema (created by the service's Flyway, dropped on
	 * close).
	 */
	public static TestPostgres newSchema(String prefix) {
		ensureDatabase();
		return new TestPostgres(TestNames.unique(prefix + "_"));
	}

	public String schema() {
		return this.schema;
	}

	public String url() {
		return URL;
	}

	public Connection connect() throws SQLException {
		Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET search_path TO " + this.schema);
		}
		return connection;
	}

	/** The single number a query returns. */
	public long queryForLong(String sql) {
		try (Connection connection = connect()) {
			return queryForLong(connection, sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("query failed: " + sql, ex);
		}
	}

	/** The single number a query returns on {@code connection}. */
	static long queryForLong(Connection connection, String sql) {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("query failed: " + sql, ex);
		}
	}

	@Override
	public void close() {
		// A service still writing while its schema goes can deadlock the drop: PostgreSQL
		// aborts one side (40P01), and the drop is tried again.
		for (int attempt = 1;; attempt++) {
			try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
					Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA IF EXISTS " + this.schema + " CASCADE");
				return;
			}
			catch (SQLException ex) {
				if (!"40P01".equals(ex.getSQLState()) || attempt == 5) {
					throw new IllegalStateException("could not drop test schema " + this.schema, ex);
				}
			}
			try {
				Thread.sleep(200L * attempt);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted dropping test schema " + this.schema, ex);
			}
		}
	}

	private static synchronized void ensureDatabase() {
		String database = URL.substring(URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
		String admin = URL.substring(0, URL.lastIndexOf('/') + 1) + "postgres";
		try (Connection connection = DriverManager.getConnection(admin, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement
				.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
				if (rows.next()) {
					return;
				}
			}
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			if (!"42P04".equals(ex.getSQLState())) {
				throw new IllegalStateException("PostgreSQL is not reachable at " + admin + " as user " + USER
						+ ": start it (see ./orbit up) or set ORBIT_TEST_POSTGRES_URL", ex);
			}
		}
	}

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
