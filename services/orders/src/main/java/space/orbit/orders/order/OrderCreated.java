package space.orbit.orders.order;

import java.time.Instant;
import java.util.List;

/**
 * The event {@code order.created}; its JetStream message id is
 * {@code order.created:<orderId>}.
 *
 * @param orderId the order's id
 * @param userId who ordered
 * @param placedBy who placed it (ADR 0017); consumers must not require it: events told
 * before ADR 0017 lack it
 * @param mission the destination mission
 * @param items what is ordered
 * @param kind supply or welcome
 * @param createdAt when it was placed
 */
public record OrderCreated(String orderId, String userId, String placedBy, String mission, List<OrderItem> items,
		OrderKind kind, Instant createdAt) {

	static final String TYPE = "order.created";

	static OrderCreated of(Order order) {
		return new OrderCreated(order.id(), order.userId(), order.placedBy(), order.mission(), order.items(),
				order.kind(), order.createdAt());
	}

	String messageId() {
		return TYPE + ":" + this.orderId;
	}

}
