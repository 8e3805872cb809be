package space.orbit.orders.order;

import java.time.Instant;
import java.util.List;

/**
 * An order as the API shows it.
 *
 * @param id the order's id
 * @param userId who ordered
 * @param mission the destination mission
 * @param items what is ordered
 * @param kind supply or welcome
 * @param status placed, reserved or rejected
 * @param reason why it was rejected, or null
 * @param createdAt when it was placed
 */
public record OrderView(String id, String userId, String mission, List<OrderItem> items, OrderKind kind,
		OrderStatus status, String reason, Instant createdAt) {
}
