package space.orbit.orders.order;

/** Why an order exists. */
public enum OrderKind {

	/** Placed through the API. */
	SUPPLY,

	/** Placed by the service for a new user, once per user. */
	WELCOME

}
