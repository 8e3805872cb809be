package space.orbit.inventory.stock;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import space.orbit.kit.web.JsonApiExceptionHandler;

/**
 * The Inventory API's problems: bad input (counted in
 * {@code orbit_requests_rejected_total}), nothing else: reading levels cannot fail
 * otherwise.
 */
@RestControllerAdvice(assignableTypes = InventoryController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InventoryExceptionHandler extends JsonApiExceptionHandler {

	InventoryExceptionHandler(StockMetrics metrics) {
		super("stock receipt", metrics::rejected);
	}

}
