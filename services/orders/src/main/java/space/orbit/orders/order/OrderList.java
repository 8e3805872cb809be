package space.orbit.orders.order;

import java.util.List;

/**
 * Orders, newest first.
 *
 * @param items the orders
 * @param count how many there are in this answer
 */
public record OrderList(List<OrderView> items, int count) {
}
