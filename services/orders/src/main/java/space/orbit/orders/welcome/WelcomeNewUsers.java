package space.orbit.orders.welcome;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import space.orbit.nats.EventSubscriptions;
import space.orbit.nats.InboundEvent;
import space.orbit.nats.UnreadableEventException;
import space.orbit.orders.order.PlaceOrder;

/** The durable consumer of {@code user.created}: a welcome order for each new user. */
@Component
class WelcomeNewUsers {

	private static final Logger log = LoggerFactory.getLogger(WelcomeNewUsers.class);

	static final String DURABLE = "orders-user-created";

	private final PlaceOrder placeOrder;

	private final JsonMapper json;

	WelcomeNewUsers(PlaceOrder placeOrder, JsonMapper json, EventSubscriptions subscriptions) {
		this.placeOrder = placeOrder;
		this.json = json;
		subscriptions.subscribe(DURABLE, "user.created", this::welcome);
	}

	private void welcome(InboundEvent event) {
		UUID userId;
		try {
			userId = UUID.fromString(this.json.readTree(event.data()).required("userId").asString());
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new UnreadableEventException("not a user.created event: " + ex.getMessage(), ex);
		}
		boolean placed = this.placeOrder.placeWelcome(userId);
		log.info("Welcome order for user {} {} (delivery {})", userId, placed ? "placed" : "exists already",
				event.deliveries());
	}

}
