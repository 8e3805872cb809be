package space.orbit.analyzer.alerts;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ids of alert events already recorded: an event delivered again (after a crash
 * before the consumer committed) is recognised and changes nothing. Written in the same
 * transaction as the alert.
 */
@Component
class AlertEventLog {

	private final JdbcTemplate jdbc;

	AlertEventLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the id; false when it was already there. */
	boolean firstTime(String eventId, Instant now) {
		return this.jdbc.update(
				"INSERT INTO alert_event (event_id, recorded_at) VALUES (?, ?) ON CONFLICT (event_id) DO NOTHING",
				eventId, Timestamp.from(now)) == 1;
	}

	/** Forgets ids recorded before an instant; returns how many. */
	int forgetBefore(Instant instant) {
		return this.jdbc.update("DELETE FROM alert_event WHERE recorded_at < ?", Timestamp.from(instant));
	}

}
