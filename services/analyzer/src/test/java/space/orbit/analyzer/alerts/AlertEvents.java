package space.orbit.analyzer.alerts;

import java.time.Instant;

import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertEvent.Change;

/** Alert events as the topology writes them, for tests. */
final class AlertEvents {

	static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

	private AlertEvents() {
	}

	static AlertEvent event(Change change, String spacecraftId, String detector, Severity severity, long episode,
			long sequence, long count, boolean latching) {
		String parameter = "EPS.BATTERY.VOLTAGE";
		String id = spacecraftId + "/" + parameter + "/" + detector + "/" + episode + "/" + sequence;
		return new AlertEvent(id, change, spacecraftId, parameter, detector, "battery", severity, latching,
				(change == Change.CLEARED) ? 28.0 : 25.0, 25.5, 25.5, 29.8, "a message", T0.plusSeconds(episode),
				T0.plusSeconds(episode + count), count, "4bf92f3577b34da6a3ce929d0e0e4736", "batch", T0,
				T0.plusSeconds(episode + count));
	}

	static AlertEvent raised(String spacecraftId, Severity severity) {
		return event(Change.RAISED, spacecraftId, "limit", severity, 0, 0, 1, false);
	}

}
