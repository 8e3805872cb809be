package space.orbit.orders.order;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import space.orbit.kit.faults.HaltPoints;
import space.orbit.kit.security.Actor;
import space.orbit.orders.OrdersProperties;

/** Places orders: a supply order from the API, a welcome order for a new user. */
@Service
public class PlaceOrder {

	/**
	 * The halt point after an order's insert into MongoDB, before its event is published
	 * and the {@code user.created} of a welcome order acknowledged (crash tests:
	 * {@code orbit.faults.halt-at}).
	 */
	static final String AFTER_INSERT = "orders.after-insert";

	/**
	 * Who placed a welcome order: no person acts, the service places it on
	 * {@code user.created}.
	 */
	public static final String WELCOME_PLACER = "orbit-orders (welcome order)";

	private final OrderStore store;

	private final OrderEvents events;

	private final OrderMetrics metrics;

	private final OrdersProperties.Welcome welcome;

	private final HaltPoints halts;

	private final Clock clock;

	PlaceOrder(OrderStore store, OrderEvents events, OrderMetrics metrics, OrdersProperties properties,
			HaltPoints halts, Clock clock) {
		this.store = store;
		this.events = events;
		this.metrics = metrics;
		this.welcome = properties.welcome();
		this.halts = halts;
		this.clock = clock;
	}

	/** Places a supply order, recording the request's actor as who placed it. */
	OrderView place(PlaceOrderRequest request) {
		Order order = new Order(UUID.randomUUID().toString(), request.userId().toString(), Actor.current(),
				request.mission(), request.items(), OrderKind.SUPPLY, OrderStatus.PLACED, null, now(), false, null);
		insert(order);
		this.metrics.placed(OrderKind.SUPPLY);
		this.events.publish(order);
		return order.view();
	}

	/**
	 * Places a user's welcome order, once: a second call (a redelivered
	 * {@code user.created}) finds it and only publishes its event again if that never
	 * happened.
	 * @return whether this call placed it
	 */
	public boolean placeWelcome(UUID userId) {
		String id = Order.welcomeId(userId);
		Order order = new Order(id, userId.toString(), WELCOME_PLACER, this.welcome.mission(), welcomeItems(),
				OrderKind.WELCOME, OrderStatus.PLACED, null, now(), false, userId.toString());
		try {
			insert(order);
		}
		catch (DuplicateKeyException ex) {
			this.store.find(id).filter(existing -> !existing.published()).ifPresent(this.events::publish);
			return false;
		}
		this.metrics.placed(OrderKind.WELCOME);
		this.events.publish(order);
		return true;
	}

	/** MongoDB keeps milliseconds: the answer, the event and a later read agree. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private void insert(Order order) {
		this.store.insert(order);
		this.halts.reached(AFTER_INSERT, order.id());
	}

	private List<OrderItem> welcomeItems() {
		return this.welcome.items().stream().map(line -> {
			int colon = line.lastIndexOf(':');
			return new OrderItem(line.substring(0, colon), Integer.valueOf(line.substring(colon + 1)));
		}).toList();
	}

}
