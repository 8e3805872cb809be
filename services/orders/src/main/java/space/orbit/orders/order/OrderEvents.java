package space.orbit.orders.order;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import space.orbit.orders.OrdersProperties;
import space.orbit.nats.EventPublisher;

/**
 * Tells stored orders as {@code order.created} and marks them published; the sweeper
 * publishes those whose request died or could not reach NATS. JetStream drops a second
 * publication of the same order by its message id.
 */
@Component
class OrderEvents {

	private static final Logger log = LoggerFactory.getLogger(OrderEvents.class);

	private final EventPublisher publisher;

	private final OrderStore store;

	private final JsonMapper json;

	private final OrdersProperties.Outbox settings;

	private final Clock clock;

	OrderEvents(EventPublisher publisher, OrderStore store, JsonMapper json, OrdersProperties properties, Clock clock) {
		this.publisher = publisher;
		this.store = store;
		this.json = json;
		this.settings = properties.outbox();
		this.clock = clock;
	}

	/** Publishes an order's event; on failure leaves it to the sweeper. */
	void publish(Order order) {
		try {
			send(order);
		}
		catch (RuntimeException ex) {
			log.warn("Order {} is stored but not yet published ({}); the sweeper will publish it", order.id(),
					ex.getMessage());
		}
	}

	@Scheduled(fixedDelayString = "${orbit.orders.outbox.sweep-interval:2s}",
			initialDelayString = "${orbit.orders.outbox.sweep-interval:2s}")
	void sweep() {
		try {
			for (Order order : this.store.unpublished(this.clock.instant().minus(this.settings.lease()),
					this.settings.sweepBatch())) {
				send(order);
				log.info("Published order {} left unpublished", order.id());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Order sweep stopped, retried later: {}", ex.getMessage());
		}
	}

	private void send(Order order) {
		OrderCreated event = OrderCreated.of(order);
		this.publisher.publish(OrderCreated.TYPE, event.messageId(), this.json.writeValueAsBytes(event));
		this.store.markPublished(order.id());
	}

}
