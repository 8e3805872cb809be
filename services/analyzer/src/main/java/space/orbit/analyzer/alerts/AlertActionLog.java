package space.orbit.analyzer.alerts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The action log of each alert: one row per action, written in the transaction of the
 * change it records, never updated.
 */
@Component
class AlertActionLog {

	private final JdbcTemplate jdbc;

	AlertActionLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records what was done to an alert (which must have its id), now in its state after.
	 */
	void record(Alert alert, ActionType action, String actor, Instant at, String comment, String detail,
			AlertState before) {
		this.jdbc.update(
				"INSERT INTO alert_action (alert_id, action, actor, at, comment, detail, state_before, state_after)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				alert.id, action.name(), actor, Timestamp.from(at), comment, detail,
				(before != null) ? before.name() : null, alert.state.name());
	}

	/**
	 * Up to {@code limit} actions on an alert after the action {@code after}, oldest
	 * first.
	 */
	List<AlertActionView> list(long alertId, long after, int limit) {
		return this.jdbc.query(
				"SELECT id, action, actor, at, comment, detail, state_before, state_after FROM alert_action"
						+ " WHERE alert_id = ? AND id > ? ORDER BY id LIMIT ?",
				(row, n) -> new AlertActionView(row.getLong("id"), ActionType.valueOf(row.getString("action")),
						row.getString("actor"), row.getTimestamp("at").toInstant(), row.getString("comment"),
						row.getString("detail"), state(row.getString("state_before")),
						state(row.getString("state_after"))),
				alertId, after, limit);
	}

	private static AlertState state(String name) {
		return (name != null) ? AlertState.valueOf(name) : null;
	}

}
