/**
 * The orders service: mission supply orders in MongoDB, each told as
 * {@code order.created} on NATS JetStream; a welcome order for every new user; the stock
 * outcome ({@code order.rejected}, {@code stock.reserved}) recorded on the order.
 */
package space.orbit.orders;
