package space.orbit.orders.order;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An order to place.
 *
 * @param userId who orders
 * @param mission the destination mission, e.g. {@code ARTEMIS-4}
 * @param items what is ordered, 1 to 50 lines
 */
@Schema(description = "An order to place")
public record PlaceOrderRequest(@Schema(description = "Who orders") @NotNull UUID userId,
		@Schema(description = "The destination mission's code", example = "ARTEMIS-4") @NotNull @Pattern(
				regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
				message = "must be a mission code (letters, digits, '.', '_', '-'; at most 64)") String mission,
		@ArraySchema(arraySchema = @Schema(description = "What is ordered")) @NotEmpty @Size(min = 1,
				max = 50) List<@NotNull @Valid OrderItem> items) {
}
