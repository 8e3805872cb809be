package space.orbit.orders.order;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import space.orbit.kit.security.OperatorAccess;
import space.orbit.kit.security.ViewerAccess;
import space.orbit.kit.web.NotFoundException;
import space.orbit.kit.web.Page;
import space.orbit.kit.web.PageLimit;

/** The Order API: place, read and list supply orders. */
@RestController
@RequestMapping("/api/orders")
@Tag(name = "Orders", description = "Mission supply orders, and each user's welcome order")
class OrdersController {

	static final int MAX_LIMIT = 500;

	private static final String EXAMPLE = """
			{"userId": "3f6c1b9e-8d2a-4c1e-9a7b-2e5d4c3b2a10", "mission": "ARTEMIS-4",
			 "items": [{"item": "oxygen-canister", "quantity": 4}, {"item": "ration-pack", "quantity": 30}]}""";

	private final PlaceOrder placeOrder;

	private final OrderStore store;

	OrdersController(PlaceOrder placeOrder, OrderStore store) {
		this.placeOrder = placeOrder;
		this.store = store;
	}

	@PostMapping
	@OperatorAccess
	@Operation(operationId = "placeOrder", summary = "Place a supply order",
			description = "Stores the order as PLACED, placed by the caller (the token's subject), and tells "
					+ "order.created on NATS JetStream; inventory answers later, and the order becomes RESERVED or "
					+ "REJECTED.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							examples = @ExampleObject(name = "supplies", value = EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Placed",
			headers = @Header(name = "Location", description = "The order's URL",
					schema = @Schema(type = "string", format = "uri")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderView.class)))
	ResponseEntity<OrderView> placeOrder(@Valid @RequestBody PlaceOrderRequest request) {
		OrderView order = this.placeOrder.place(request);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(order.id()).toUri())
			.body(order);
	}

	@GetMapping("/{id}")
	@ViewerAccess
	@Operation(operationId = "getOrder", summary = "Read an order")
	OrderView getOrder(@Parameter(description = "The order's id") @PathVariable UUID id) {
		return this.store.find(id.toString())
			.map(Order::view)
			.orElseThrow(() -> new NotFoundException("There is no order " + id + "."));
	}

	@GetMapping
	@ViewerAccess
	@Operation(operationId = "listOrders", summary = "Orders, newest first, a page at a time",
			description = "A user's orders with 'userId', else every user's. Pass a page's 'next' as 'after' for the "
					+ "following page; 'next' is absent on the last page.")
	Page<OrderView> listOrders(
			@Parameter(description = "Only this user's orders",
					example = "3f6c1b9e-8d2a-4c1e-9a7b-2e5d4c3b2a10") @RequestParam(required = false) UUID userId,
			@Parameter(description = "Orders per page, 1 to " + MAX_LIMIT,
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_LIMIT,
							defaultValue = "100"),
					example = "100") @RequestParam(defaultValue = "100") int limit,
			@Parameter(description = "The 'next' of the previous page, unchanged",
					example = "MjAyNi0xMS0yMVQxMDowMDowMFofMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw") @RequestParam(
							required = false) String after) {
		PageLimit.check(limit, MAX_LIMIT);
		OrderCursor from = (after != null) ? OrderCursor.parse(after) : null;
		List<OrderView> found = this.store.newest((userId != null) ? userId.toString() : null, from, limit + 1)
			.stream()
			.map(Order::view)
			.toList();
		return Page.of(found, limit, OrderCursor::of);
	}

}
