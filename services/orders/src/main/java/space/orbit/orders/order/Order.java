package space.orbit.orders.order;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An order as stored in the {@code orders} collection.
 *
 * @param id the order's id
 * @param userId who ordered (or whom the welcome order is for)
 * @param placedBy who placed it: the token's subject (ADR 0017), or
 * {@link PlaceOrder#WELCOME_PLACER} for a welcome order; null on orders placed before ADR
 * 0017
 * @param mission the destination mission
 * @param items what is ordered
 * @param kind supply or welcome
 * @param status placed, reserved or rejected
 * @param reason why it was rejected, or null
 * @param createdAt when it was placed
 * @param published whether JetStream acknowledged its {@code order.created}
 * @param welcomeFor the user of a welcome order (unique), else null
 */
@Document("orders")
public record Order(@Id String id, String userId, String placedBy, String mission, List<OrderItem> items,
		OrderKind kind, OrderStatus status, String reason, Instant createdAt, boolean published, String welcomeFor) {

	/** The id of a user's welcome order: the same for every delivery of its event. */
	static String welcomeId(UUID userId) {
		return UUID.nameUUIDFromBytes(("welcome:" + userId).getBytes(StandardCharsets.UTF_8)).toString();
	}

	OrderView view() {
		return new OrderView(this.id, this.userId, this.placedBy, this.mission, this.items, this.kind, this.status,
				this.reason, this.createdAt);
	}

}
