/**
 * Depot stock: receipts through the API into the PostgreSQL ledger, and the
 * {@code stock_levels} projection in MongoDB that {@code GET /api/stock-levels} reads.
 */
package space.orbit.inventory.stock;
