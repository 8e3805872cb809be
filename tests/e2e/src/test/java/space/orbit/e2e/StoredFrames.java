package space.orbit.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import space.orbit.test.TestPostgres;

/**
 * What the processor stored of a run ({@code telemetry_frame}): when a fault's frames
 * were posted, and the sample times around it.
 */
final class StoredFrames {

	private StoredFrames() {
	}

	/**
	 * When ingest received the first frame at or after a fault's start (for a silence:
	 * when the first missing frame would have been posted).
	 */
	static Instant onsetPost(TestPostgres postgres, String spacecraft, Instant from) throws SQLException {
		try (Connection connection = postgres.connect()) {
			Instant after = single(connection,
					"SELECT min(received_at) FROM telemetry_frame WHERE spacecraft_id = ? AND ts >= ?", spacecraft,
					from);
			if (after != null && single(connection,
					"SELECT min(ts) FROM telemetry_frame WHERE spacecraft_id = ?"
							+ " AND ts >= ? AND ts < ?::timestamptz + interval '1 second'",
					spacecraft, from, from) != null) {
				return after;
			}
			Instant before = single(connection,
					"SELECT max(received_at) FROM telemetry_frame WHERE spacecraft_id = ? AND ts < ?", spacecraft,
					from);
			return before.plus(Duration.ofMillis(500));
		}
	}

	/**
	 * The sample time of a spacecraft's last frame before an instant ({@code *}), or of
	 * its last frame that carried the parameter.
	 */
	static Instant lastSampleBefore(TestPostgres postgres, String spacecraft, String parameter, Instant before)
			throws SQLException {
		try (Connection connection = postgres.connect()) {
			return "*".equals(parameter)
					? single(connection, "SELECT max(ts) FROM telemetry_frame WHERE spacecraft_id = ? AND ts < ?",
							spacecraft, before)
					: single(connection, "SELECT max(ts) FROM telemetry_frame WHERE spacecraft_id = ? AND ts < ?"
							+ " AND samples -> ? IS NOT NULL", spacecraft, before, parameter);
		}
	}

	/** The sample time of each spacecraft's last frame. */
	static Map<String, Instant> lastFrames(TestPostgres postgres, List<String> spacecraft) throws SQLException {
		Map<String, Instant> last = new HashMap<>();
		try (Connection connection = postgres.connect()) {
			for (String id : spacecraft) {
				last.put(id, single(connection, "SELECT max(ts) FROM telemetry_frame WHERE spacecraft_id = ?", id));
			}
		}
		return last;
	}

	private static Instant single(Connection connection, String sql, Object... arguments) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			for (int i = 0; i < arguments.length; i++) {
				Object argument = arguments[i];
				if (argument instanceof Instant instant) {
					query.setTimestamp(i + 1, Timestamp.from(instant));
				}
				else {
					query.setString(i + 1, (String) argument);
				}
			}
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				Timestamp value = rows.getTimestamp(1);
				return (value != null) ? value.toInstant() : null;
			}
		}
	}

}
