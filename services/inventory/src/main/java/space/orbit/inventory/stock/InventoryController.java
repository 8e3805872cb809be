package space.orbit.inventory.stock;

import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.kit.security.Actor;
import space.orbit.kit.security.OperatorAccess;
import space.orbit.kit.security.ViewerAccess;
import space.orbit.kit.web.InvalidParameterException;
import space.orbit.kit.web.Page;
import space.orbit.kit.web.PageLimit;

/** The Inventory API: receive stock at a depot, read stock levels. */
@RestController
@Tag(name = "Stock", description = "Depot stock: receipts and levels")
class InventoryController {

	static final int MAX_LIMIT = 1000;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private static final String EXAMPLE = """
			{"item": "nitrogen-tank", "depot": "KSC", "quantity": 40}""";

	private final StockLedger ledger;

	private final StockLevels levels;

	private final StockMetrics metrics;

	InventoryController(StockLedger ledger, StockLevels levels, StockMetrics metrics) {
		this.ledger = ledger;
		this.levels = levels;
		this.metrics = metrics;
	}

	@PostMapping("/api/inventory")
	@OperatorAccess
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "receiveStock", summary = "Receive stock at a depot",
			description = "Adds to the ledger in PostgreSQL, recording the caller (the token's subject) as who "
					+ "received it, then to the stock_levels projection; answers the new level.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							examples = @ExampleObject(name = "receipt", value = EXAMPLE))))
	StockLevel receiveStock(@Valid @RequestBody ReceiveStockRequest request) {
		StockLevel level = this.ledger.receive(request.item(), request.depot(), request.quantity(), Actor.current());
		this.levels.project(List.of(level));
		this.metrics.updated("receipt", 1);
		return level;
	}

	@GetMapping("/api/stock-levels")
	@ViewerAccess
	@Operation(operationId = "listStockLevels", summary = "Stock levels by item, then depot, a page at a time",
			description = "From the stock_levels projection in MongoDB. Pass a page's 'next' as 'after' for the "
					+ "following page; 'next' is absent on the last page.")
	Page<StockLevel> listStockLevels(
			@Parameter(description = "Only this item's levels",
					example = "oxygen-canister") @RequestParam(required = false) String item,
			@Parameter(description = "Only this depot's levels",
					example = "KSC") @RequestParam(required = false) String depot,
			@Parameter(description = "Levels per page, 1 to " + MAX_LIMIT,
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_LIMIT,
							defaultValue = "200"),
					example = "200") @RequestParam(defaultValue = "200") int limit,
			@Parameter(description = "The 'next' of the previous page, unchanged",
					example = "b3h5Z2VuLWNhbmlzdGVyH0tTQw") @RequestParam(required = false) String after) {
		PageLimit.check(limit, MAX_LIMIT);
		if (item != null && !isCode(item)) {
			throw new InvalidParameterException("item", "must be an item code");
		}
		if (depot != null && !isCode(depot)) {
			throw new InvalidParameterException("depot", "must be a depot code");
		}
		StockLevelCursor from = (after != null) ? StockLevelCursor.parse(after) : null;
		return Page.of(this.levels.find(item, depot, from, limit + 1), limit, StockLevelCursor::of);
	}

	/** Whether a text is an item or depot code. */
	static boolean isCode(String text) {
		return CODE.matcher(text).matches();
	}

}
