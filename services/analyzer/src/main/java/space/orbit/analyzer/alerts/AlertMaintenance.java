package space.orbit.analyzer.alerts;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import space.orbit.analyzer.AnalyzerProperties;

/**
 * What happens to alerts with time: expired shelves are lifted, the fleet's storm alert
 * clears once a window passes without a folded alert, and old event ids are forgotten.
 */
@Component
class AlertMaintenance {

	private static final Logger log = LoggerFactory.getLogger(AlertMaintenance.class);

	private final AlertRepository alerts;

	private final AlertEventLog events;

	private final AlertActionLog actions;

	private final AnalyzerProperties.Alerts settings;

	private final Clock clock;

	AlertMaintenance(AlertRepository alerts, AlertEventLog events, AlertActionLog actions,
			AnalyzerProperties properties, Clock clock) {
		this.alerts = alerts;
		this.events = events;
		this.actions = actions;
		this.settings = properties.alerts();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${orbit.analyzer.alerts.sweep-interval:1s}")
	@Transactional
	public void sweep() {
		Instant now = this.clock.instant();
		for (Alert alert : this.alerts.findByStateAndShelvedUntilLessThanEqual(AlertState.SHELVED, now)) {
			AlertLifecycle.unshelve(alert, AlertLifecycle.ANALYZER, "shelf expired", now);
			this.actions.record(alert, ActionType.SHELF_EXPIRED, AlertLifecycle.ANALYZER, now, "shelf expired", null,
					AlertState.SHELVED);
			log.info("Shelf of alert {} ({} {} {}) expired", alert.id, alert.spacecraftId, alert.parameter,
					alert.detector);
		}
		this.alerts.findOpen(AlertEvent.ALL, AlertEvent.ALL, AlertEvent.STORM)
			.filter(storm -> storm.lastSeen.isBefore(now.minus(this.settings.globalWindow())))
			.ifPresent(storm -> {
				storm.active = false;
				AlertState before = storm.state;
				AlertLifecycle.clear(storm, AlertLifecycle.ANALYZER, "fleet alert storm over", now);
				this.actions.record(storm, ActionType.CLEARED, AlertLifecycle.ANALYZER, now, "fleet alert storm over",
						null, before);
			});
	}

	@Scheduled(fixedDelay = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
	@Transactional
	public void forgetOldEvents() {
		int forgotten = this.events.forgetBefore(this.clock.instant().minus(this.settings.eventRetention()));
		if (forgotten > 0) {
			log.info("Forgot {} alert event ids older than {}", forgotten, this.settings.eventRetention());
		}
	}

}
