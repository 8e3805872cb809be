package space.orbit.inventory.stock;

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
public record ReceiveStockRequest(
		@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}", message = "must be an item code") String item,
		@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", message = "must be a depot code") String depot,
		@NotNull @Min(1) @Max(1_000_000) Integer quantity) {
}
