package space.orbit.analyzer.backtest;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import space.orbit.analyzer.Severity;
import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.analyzer.alerts.AlertEvent.Change;

/**
 * Folds alert events into alerts as the alert lifecycle does, one per episode (an event's
 * id without its sequence): the worst severity, the count and last sample of its latest
 * event, the message and value of its latest violation, active until a CLEARED.
 */
final class Episodes {

	private Episodes() {
	}

	static List<BacktestAlert> fold(List<AlertEvent> events) {
		Map<String, BacktestAlert> alerts = new LinkedHashMap<>();
		for (AlertEvent event : events) {
			String episode = event.id().substring(0, Math.max(0, event.id().lastIndexOf('/')));
			BacktestAlert before = alerts.get(episode);
			alerts.put(episode, (before == null) ? raised(event) : next(before, event));
		}
		return alerts.values()
			.stream()
			.sorted(Comparator.comparing(BacktestAlert::firstSeen)
				.thenComparing(BacktestAlert::parameter)
				.thenComparing(BacktestAlert::detector))
			.toList();
	}

	private static BacktestAlert raised(AlertEvent event) {
		return new BacktestAlert(event.spacecraftId(), event.parameter(), event.detector(), event.severity(),
				event.firstSeen(), event.lastSeen(), event.count(), event.message(), event.value(),
				event.change() != Change.CLEARED);
	}

	private static BacktestAlert next(BacktestAlert alert, AlertEvent event) {
		boolean cleared = event.change() == Change.CLEARED;
		return new BacktestAlert(alert.spacecraftId(), alert.parameter(), alert.detector(),
				Severity.max(alert.severity(), event.severity()), alert.firstSeen(), event.lastSeen(),
				Math.max(alert.count(), event.count()), cleared ? alert.message() : event.message(),
				cleared ? alert.value() : event.value(), !cleared);
	}

}
