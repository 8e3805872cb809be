/**
 * Reservations: each {@code order.created} takes its items' stock from the depots in one
 * PostgreSQL transaction, or none of it when any item is short, and is answered with
 * {@code stock.reserved} or {@code order.rejected}. The order id is the reservation's
 * key, so a redelivered event only repeats the answer.
 */
package space.orbit.inventory.reservation;
