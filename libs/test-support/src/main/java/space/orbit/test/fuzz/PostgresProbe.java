package space.orbit.test.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import space.orbit.test.TestPostgres;

/**
 * The row counts of a schema's tables in one query on one connection, kept open between
 * reads: the fuzzers read a store before and after every request that could change it,
 * thousands of times a run, and a new connection with its password exchange and a
 * catalogue query each time cost more than the request. The table list is read again when
 * a table appears or goes (a count fails) and the connection opened again when it broke.
 */
final class PostgresProbe implements StoreProbe {

	private final TestPostgres postgres;

	private final String schema;

	private final List<String> ignored;

	private Connection connection;

	private String query;

	PostgresProbe(TestPostgres postgres, String schema, List<String> ignored) {
		this.postgres = postgres;
		this.schema = schema;
		this.ignored = List.copyOf(ignored);
	}

	@Override
	public synchronized String fingerprint() {
		try {
			return counts();
		}
		catch (SQLException first) {
			close();
			try {
				return counts();
			}
			catch (SQLException ex) {
				close();
				ex.addSuppressed(first);
				throw new IllegalStateException("cannot read schema " + this.schema, ex);
			}
		}
	}

	private String counts() throws SQLException {
		if (this.connection == null) {
			this.connection = this.postgres.connect();
			this.query = null;
		}
		try (Statement statement = this.connection.createStatement()) {
			if (this.query == null) {
				this.query = countQuery(statement);
			}
			if (this.query.isEmpty()) {
				return "";
			}
			try (ResultSet rs = statement.executeQuery(this.query)) {
				StringJoiner counts = new StringJoiner(",");
				while (rs.next()) {
					counts.add(rs.getString(1) + "=" + rs.getLong(2));
				}
				return counts.toString();
			}
		}
		catch (SQLException ex) {
			this.query = null;
			throw ex;
		}
	}

	/**
	 * Every table of the schema but outboxes (a relay marks their rows published at any
	 * time), Flyway's history and the ignored ones: one {@code UNION ALL} of counts.
	 */
	private String countQuery(Statement statement) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables "
				+ "WHERE table_schema = '" + this.schema + "' AND table_type = 'BASE TABLE' "
				+ "AND table_name NOT LIKE '%outbox%' AND table_name <> 'flyway_schema_history' "
				+ "ORDER BY table_name")) {
			while (rs.next()) {
				if (!this.ignored.contains(rs.getString(1))) {
					tables.add(rs.getString(1));
				}
			}
		}
		StringJoiner union = new StringJoiner(" UNION ALL ");
		for (String table : tables) {
			union.add("SELECT '" + table + "', count(*) FROM \"" + this.schema + "\".\"" + table + "\"");
		}
		return tables.isEmpty() ? "" : "SELECT * FROM (" + union + ") AS counts ORDER BY 1";
	}

	private void close() {
		if (this.connection != null) {
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				// broken already: a new one comes with the next read
			}
			this.connection = null;
		}
	}

}
