package space.orbit.orders.order;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An order as the API shows it.
 *
 * @param id the order's id
 * @param userId who ordered
 * @param placedBy who placed it
 * @param mission the destination mission
 * @param items what is ordered
 * @param kind supply or welcome
 * @param status placed, reserved or rejected
 * @param reason why it was rejected, or null
 * @param createdAt when it was placed
 */
@Schema(description = "An order")
public record OrderView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The order's id") String id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "Who ordered, or whom the welcome order is for") String userId,
		@Schema(description = "Who placed it: the e-mail (or machine client id) of the token that placed it, or '"
				+ PlaceOrder.WELCOME_PLACER + "' for a welcome order, which the service places itself when a user "
				+ "is created; null on orders placed before authentication (ADR 0017)",
				example = "ada@orbit.space") String placedBy,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The destination mission's code",
				example = "ARTEMIS-4") String mission,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What is ordered") List<OrderItem> items,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "SUPPLY (placed through the API) or WELCOME (one per new user)") OrderKind kind,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "PLACED until inventory answers, then RESERVED or REJECTED") OrderStatus status,
		@Schema(description = "Why inventory rejected it; null otherwise") String reason,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "When it was placed") Instant createdAt) {
}
