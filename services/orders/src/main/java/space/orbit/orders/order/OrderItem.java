package space.orbit.orders.order;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A line of an order.
 *
 * @param item the item's code, e.g. {@code oxygen-canister}
 * @param quantity how many, 1 to 100,000
 */
@Schema(description = "A line of an order")
public record OrderItem(
		@Schema(description = "The item's code", example = "oxygen-canister") @NotBlank @Pattern(
				regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}",
				message = "must be an item code (letters, digits, '.', '_', '-'; at most 100)") String item,
		@Schema(description = "How many", example = "4") @NotNull @Min(1) @Max(100_000) Integer quantity) {
}
