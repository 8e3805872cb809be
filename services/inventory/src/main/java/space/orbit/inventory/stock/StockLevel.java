package space.orbit.inventory.stock;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

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
@Schema(description = "One item at one depot")
public record StockLevel(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "depot/item",
				example = "KSC/oxygen-canister") @Id String id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The item's code",
				example = "oxygen-canister") String item,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The depot's code",
				example = "KSC") String depot,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "How many are on hand (not reserved)",
				example = "40") long quantity,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "The ledger version this level was projected from") long version,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "When it last changed") Instant updatedAt) {
}
