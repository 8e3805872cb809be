package space.orbit.inventory.stock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code orbit_stock_updates_total{reason}}, {@code orbit_reservations_total{outcome}}
 * (unreadable events: the NATS library's {@code orbit_events_unreadable_total{type}}).
 * Refused requests are the service kit's
 * {@code orbit_requests_rejected_total{type,reason}}.
 */
@Component
public class StockMetrics {

	private final MeterRegistry registry;

	StockMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Stock levels changed, by a receipt or a reservation. */
	public void updated(String reason, int levels) {
		this.registry.counter("orbit.stock.updates", "reason", reason).increment(levels);
	}

	/** An order was answered: reserved or rejected. */
	public void answered(String outcome) {
		this.registry.counter("orbit.reservations", "outcome", outcome).increment();
	}

}
