package space.orbit.analyzer.alerts;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/** Metrics of the alert lifecycle. */
@Component
class AlertMetrics {

	private final MeterRegistry registry;

	AlertMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void recorded(AlertEvent.Change change) {
		this.registry.counter("orbit.alert.events.recorded", "change", change.name()).increment();
	}

	void duplicate() {
		this.registry.counter("orbit.alert.events.duplicate").increment();
	}

	void unreadable() {
		this.registry.counter("orbit.alert.events.unreadable").increment();
	}

	void suppressed() {
		this.registry.counter("orbit.alerts.suppressed", "scope", "global").increment();
	}

	void transition(String action) {
		this.registry.counter("orbit.alert.transitions", "action", action).increment();
	}

}
