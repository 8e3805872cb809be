package space.orbit.inventory.reservation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import space.orbit.nats.EventPublisher;
import space.orbit.nats.EventSubscriptions;
import space.orbit.nats.InboundEvent;
import space.orbit.nats.UnreadableEventException;
import space.orbit.inventory.stock.StockLedger;
import space.orbit.inventory.stock.StockLevels;
import space.orbit.inventory.stock.StockMetrics;

/**
 * The durable consumer of {@code order.created}: reserve, project the changed levels to
 * MongoDB, answer on JetStream, then acknowledge. A failure after the commit is repaired
 * by the redelivery, which finds the reservation and repeats the projection and answer.
 * The event's optional {@code placedBy} is recorded on the stock it takes; an event
 * without one (told before ADR 0017) is reserved all the same, its placer
 * {@value #UNRECORDED}. An event that cannot be reserved on any delivery (not JSON, a
 * field missing, a quantity not positive, a text PostgreSQL refuses) is unreadable: the
 * NATS library dead-letters it.
 */
@Component
class OrderReservations {

	private static final Logger log = LoggerFactory.getLogger(OrderReservations.class);

	/** The placer of an order whose event does not say who placed it. */
	static final String UNRECORDED = "unrecorded";

	private final ReserveStock reserveStock;

	private final StockLedger ledger;

	private final StockLevels levels;

	private final EventPublisher publisher;

	private final StockMetrics metrics;

	private final JsonMapper json;

	OrderReservations(ReserveStock reserveStock, StockLedger ledger, StockLevels levels, EventPublisher publisher,
			StockMetrics metrics, JsonMapper json, EventSubscriptions subscriptions) {
		this.reserveStock = reserveStock;
		this.ledger = ledger;
		this.levels = levels;
		this.publisher = publisher;
		this.metrics = metrics;
		this.json = json;
		subscriptions.subscribe("inventory-order-created", "order.created", this::reserve);
	}

	private void reserve(InboundEvent event) {
		String orderId;
		String placedBy;
		List<OrderLine> lines = new ArrayList<>();
		try {
			JsonNode body = this.json.readTree(event.data());
			orderId = storable(body.required("orderId").asString(), "orderId");
			placedBy = storable(Objects.requireNonNullElse(body.path("placedBy").asString(UNRECORDED), UNRECORDED),
					"placedBy");
			for (JsonNode item : body.required("items")) {
				long quantity = item.required("quantity").asLong();
				if (quantity <= 0) {
					throw new IllegalArgumentException("a quantity must be positive, not " + quantity);
				}
				lines.add(new OrderLine(storable(item.required("item").asString(), "item"), quantity));
			}
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new UnreadableEventException("not an order.created event: " + ex.getMessage(), ex);
		}
		Reservation reservation = this.reserveStock.reserve(orderId, lines, placedBy);
		boolean repeated = reservation.changed().isEmpty();
		this.levels.project(repeated ? this.ledger.levels(reservation.items()) : reservation.changed());
		if (!reservation.changed().isEmpty()) {
			this.metrics.updated("reservation", reservation.changed().size());
		}
		String answer = this.json.writeValueAsString(new Answer(orderId, reservation.reason()));
		if (this.publisher.publish(reservation.type(), reservation.type() + ":" + orderId,
				answer.getBytes(StandardCharsets.UTF_8))) {
			this.metrics.answered(reservation.reserved() ? "reserved" : "rejected");
		}
		log.info("Order {} {}{}", orderId, reservation.reserved() ? "reserved" : "rejected",
				(reservation.reason() != null) ? ": " + reservation.reason() : "");
	}

	/**
	 * A text PostgreSQL can store: one without U+0000, which it refuses on every
	 * delivery, so such an event would come back forever.
	 */
	static String storable(String text, String field) {
		if (text == null || text.indexOf('\u0000') >= 0) {
			throw new IllegalArgumentException(field + " must be a text without NUL characters");
		}
		return text;
	}

	/** The body of {@code stock.reserved} and {@code order.rejected}. */
	record Answer(String orderId, String reason) {
	}

}
