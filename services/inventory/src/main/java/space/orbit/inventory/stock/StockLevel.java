package space.orbit.inventory.stock;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One item at one depot, as projected to MongoDB {@code stock_levels}.
 *
 * @param id {@code <depot>/<item>}
 * @param item the item's code
 * @param depot the depot's code
 * @param quantity how many are on hand (not reserved)
 * @param version the ledger version it was projected from
 * @param updatedAt when it last changed
 */
@Document("stock_levels")
public record StockLevel(@Id String id, String item, String depot, long quantity, long version, Instant updatedAt) {
}
