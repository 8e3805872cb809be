/**
 * The inventory service: depot stock in PostgreSQL, projected to MongoDB
 * {@code stock_levels}; reserves stock for each {@code order.created}, or rejects the
 * order with {@code order.rejected}.
 */
package space.orbit.inventory;
