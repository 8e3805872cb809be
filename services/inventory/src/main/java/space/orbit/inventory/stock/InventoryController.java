package space.orbit.inventory.stock;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.kit.web.InvalidParameterException;

/** The Inventory API: receive stock at a depot, read stock levels. */
@RestController
class InventoryController {

	static final int MAX_LIMIT = 1000;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private final StockLedger ledger;

	private final StockLevels levels;

	private final StockMetrics metrics;

	InventoryController(StockLedger ledger, StockLevels levels, StockMetrics metrics) {
		this.ledger = ledger;
		this.levels = levels;
		this.metrics = metrics;
	}

	/**
	 * Receives stock: the ledger in PostgreSQL, then the {@code stock_levels} projection;
	 * 201 with the new level.
	 */
	@PostMapping("/api/inventory")
	@ResponseStatus(HttpStatus.CREATED)
	StockLevel receive(@Valid @RequestBody ReceiveStockRequest request) {
		StockLevel level = this.ledger.receive(request.item(), request.depot(), request.quantity());
		this.levels.project(List.of(level));
		this.metrics.updated("receipt", 1);
		return level;
	}

	/** Stock levels from MongoDB, by item and depot, at most {@code limit}. */
	@GetMapping("/api/stock-levels")
	List<StockLevel> levels(@RequestParam(required = false) String item, @RequestParam(required = false) String depot,
			@RequestParam(defaultValue = "200") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
		}
		if (item != null && !CODE.matcher(item).matches()) {
			throw new InvalidParameterException("item", "must be an item code");
		}
		if (depot != null && !CODE.matcher(depot).matches()) {
			throw new InvalidParameterException("depot", "must be a depot code");
		}
		return this.levels.find(item, depot, limit);
	}

}
