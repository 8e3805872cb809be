package space.orbit.inventory.reservation;

/**
 * A line of an order to reserve.
 *
 * @param item the item's code
 * @param quantity how many
 */
record OrderLine(String item, long quantity) {
}
