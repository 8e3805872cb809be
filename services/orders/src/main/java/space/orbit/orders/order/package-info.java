/**
 * Supply orders: placed through the API (or as a user's welcome order), stored in
 * MongoDB, told as {@code order.created}; the stock outcome recorded when inventory
 * answers. With no transactions in MongoDB, the order document is its own outbox: it is
 * stored unpublished and marked once JetStream acknowledged its event.
 */
package space.orbit.orders.order;
