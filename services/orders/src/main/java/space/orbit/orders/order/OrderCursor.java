package space.orbit.orders.order;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import space.orbit.kit.web.Cursor;
import space.orbit.kit.web.InvalidParameterException;

/**
 * The {@code after} cursor of the orders list: the last shown order's
 * {@code (createdAt, id)}.
 *
 * @param createdAt when it was placed
 * @param id its id
 */
record OrderCursor(Instant createdAt, String id) {

	static String of(OrderView order) {
		return Cursor.encode(order.createdAt().toString(), order.id());
	}

	/**
	 * The key a cursor of this list holds; a 400 naming {@code after} when it is not one.
	 */
	static OrderCursor parse(String after) {
		List<String> parts = Cursor.decode(after, 2);
		try {
			return new OrderCursor(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)).toString());
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw new InvalidParameterException("after",
					"is not a cursor of this list: pass the 'next' of the previous page unchanged");
		}
	}

}
