package space.orbit.orders.order;

/** No order has this id. */
class OrderNotFoundException extends RuntimeException {

	OrderNotFoundException(String id) {
		super("No order with id " + id + ".");
	}

}
