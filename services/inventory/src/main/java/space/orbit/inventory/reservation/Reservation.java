package space.orbit.inventory.reservation;

import java.util.List;

import space.orbit.inventory.stock.StockLevel;

/**
 * Inventory's answer to an order.
 *
 * @param orderId the order
 * @param reserved whether its stock was taken
 * @param reason why not, or null
 * @param changed the stock levels this answer changed (to project)
 * @param items the order's items (to re-project on a redelivery)
 */
record Reservation(String orderId, boolean reserved, String reason, List<StockLevel> changed, List<String> items) {

	String type() {
		return this.reserved ? "stock.reserved" : "order.rejected";
	}

}
