package space.orbit.orders.order;

import java.util.List;
import java.util.UUID;

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
import space.orbit.kit.web.InvalidParameterException;

/** The Order API: place, read and list supply orders. */
@RestController
@RequestMapping("/api/orders")
class OrdersController {

	static final int MAX_LIMIT = 500;

	private final PlaceOrder placeOrder;

	private final OrderStore store;

	OrdersController(PlaceOrder placeOrder, OrderStore store) {
		this.placeOrder = placeOrder;
		this.store = store;
	}

	/** Places an order: 201 with its location; inventory answers later. */
	@PostMapping
	ResponseEntity<OrderView> place(@Valid @RequestBody PlaceOrderRequest request) {
		OrderView order = this.placeOrder.place(request);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(order.id()).toUri())
			.body(order);
	}

	@GetMapping("/{id}")
	OrderView get(@PathVariable UUID id) {
		return this.store.find(id.toString())
			.map(Order::view)
			.orElseThrow(() -> new OrderNotFoundException(id.toString()));
	}

	/**
	 * A user's orders (all users' without {@code userId}), newest first, at most
	 * {@code limit}.
	 */
	@GetMapping
	OrderList list(@RequestParam(required = false) UUID userId, @RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
		}
		List<Order> found = (userId != null) ? this.store.byUser(userId.toString(), limit) : this.store.latest(limit);
		List<OrderView> views = found.stream().map(Order::view).toList();
		return new OrderList(views, views.size());
	}

}
