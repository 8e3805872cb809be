package space.orbit.orders.order;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code orbit_orders_placed_total{kind}} and {@code orbit_orders_settled_total{status}}
 * (unreadable events: the NATS library's {@code orbit_events_unreadable_total{type}}).
 * (Prometheus reserves the {@code _created} suffix of the contract's
 * {@code orbit_orders_created_total}; see ADR 0007.) Refused requests are the service
 * kit's {@code orbit_requests_rejected_total{type,reason}}.
 */
@Component
public class OrderMetrics {

	private final MeterRegistry registry;

	OrderMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void placed(OrderKind kind) {
		this.registry.counter("orbit.orders.placed", "kind", kind.name()).increment();
	}

	void settled(OrderStatus status) {
		this.registry.counter("orbit.orders.settled", "status", status.name()).increment();
	}

}
