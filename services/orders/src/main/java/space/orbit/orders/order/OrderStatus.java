package space.orbit.orders.order;

/** Where an order stands. */
public enum OrderStatus {

	/** Stored and told; inventory has not answered yet. */
	PLACED,

	/** Inventory reserved its stock. */
	RESERVED,

	/** Inventory had not enough stock. */
	REJECTED

}
