package space.orbit.orders.order;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import space.orbit.nats.EventSubscriptions;
import space.orbit.nats.InboundEvent;
import space.orbit.nats.UnreadableEventException;

/**
 * Records inventory's answer on the order: {@code order.rejected} (not enough stock) or
 * {@code stock.reserved}. Only a placed order changes, so redeliveries are harmless.
 */
@Component
class StockOutcomes {

	private static final Logger log = LoggerFactory.getLogger(StockOutcomes.class);

	private final OrderStore store;

	private final OrderMetrics metrics;

	private final JsonMapper json;

	StockOutcomes(OrderStore store, OrderMetrics metrics, JsonMapper json, EventSubscriptions subscriptions) {
		this.store = store;
		this.metrics = metrics;
		this.json = json;
		subscriptions.subscribe("orders-order-rejected", "order.rejected",
				event -> settle(event, OrderStatus.REJECTED));
		subscriptions.subscribe("orders-stock-reserved", "stock.reserved",
				event -> settle(event, OrderStatus.RESERVED));
	}

	private void settle(InboundEvent event, OrderStatus status) {
		String orderId;
		String reason;
		try {
			JsonNode body = this.json.readTree(event.data());
			orderId = body.required("orderId").asString();
			reason = (status == OrderStatus.REJECTED) ? body.path("reason").asString("not enough stock") : null;
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new UnreadableEventException("not a " + event.type() + " event: " + ex.getMessage(), ex);
		}
		if (this.store.settle(orderId, status, reason)) {
			this.metrics.settled(status);
			log.info("Order {} {}", orderId, status);
		}
	}

}
