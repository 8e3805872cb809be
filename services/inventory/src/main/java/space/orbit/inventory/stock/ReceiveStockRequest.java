package space.orbit.inventory.stock;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Stock arriving at a depot.
 *
 * @param item the item's code
 * @param depot the depot's code, e.g. {@code KSC}
 * @param quantity how many, 1 to 1,000,000
 */
@Schema(description = "Stock arriving at a depot")
public record ReceiveStockRequest(
		@Schema(description = "The item's code", example = "nitrogen-tank") @NotNull @Pattern(
				regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}", message = "must be an item code") String item,
		@Schema(description = "The depot's code", example = "KSC") @NotNull @Pattern(
				regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", message = "must be a depot code") String depot,
		@Schema(description = "How many arrived", example = "40") @NotNull @Min(1) @Max(1_000_000) Integer quantity) {
}
