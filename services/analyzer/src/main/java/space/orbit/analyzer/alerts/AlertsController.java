package space.orbit.analyzer.alerts;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The alerts API: list and read alerts, and act on them. */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertsController {

	static final int MAX_LIMIT = 500;

	private final AlertRepository alerts;

	private final AlertActions actions;

	AlertsController(AlertRepository alerts, AlertActions actions) {
		this.alerts = alerts;
		this.actions = actions;
	}

	/**
	 * Alerts, newest first, at most {@code limit} (default 100, at most 500) a page;
	 * {@code next} is the {@code after} of the next page.
	 */
	@GetMapping
	@Transactional(readOnly = true)
	AlertPage list(@RequestParam(required = false) String spacecraftId, @RequestParam(required = false) String state,
			@RequestParam(required = false) String detector, @RequestParam(defaultValue = "100") int limit,
			@RequestParam(required = false) Long after) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw InvalidRequestException.parameter("limit", "must be between 1 and " + MAX_LIMIT);
		}
		Specification<Alert> where = (root, query, cb) -> cb.conjunction();
		if (spacecraftId != null && !spacecraftId.isBlank()) {
			where = where.and((root, query, cb) -> cb.equal(root.get("spacecraftId"), spacecraftId));
		}
		if (state != null && !state.isBlank()) {
			AlertState wanted = state(state);
			where = where.and((root, query, cb) -> cb.equal(root.get("state"), wanted));
		}
		if (detector != null && !detector.isBlank()) {
			where = where.and((root, query, cb) -> cb.equal(root.get("detector"), detector));
		}
		if (after != null) {
			where = where.and((root, query, cb) -> cb.lessThan(root.get("id"), after));
		}
		List<AlertView> page = this.alerts
			.findBy(where, q -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(limit + 1).all())
			.stream()
			.map(AlertView::of)
			.toList();
		boolean more = page.size() > limit;
		List<AlertView> shown = more ? page.subList(0, limit) : page;
		return new AlertPage(shown, shown.size(), more ? Long.toString(shown.get(limit - 1).id()) : null);
	}

	@GetMapping("/{id}")
	AlertView get(@PathVariable long id) {
		return this.actions.find(id);
	}

	@PostMapping("/{id}/acknowledge")
	AlertView acknowledge(@PathVariable long id, @RequestBody AlertActionRequest request) {
		return this.actions.acknowledge(id, request);
	}

	@PostMapping("/{id}/shelve")
	AlertView shelve(@PathVariable long id, @RequestBody AlertActionRequest request) {
		return this.actions.shelve(id, request);
	}

	@PostMapping("/{id}/unshelve")
	AlertView unshelve(@PathVariable long id, @RequestBody AlertActionRequest request) {
		return this.actions.unshelve(id, request);
	}

	@PostMapping("/{id}/clear")
	AlertView clear(@PathVariable long id, @RequestBody AlertActionRequest request) {
		return this.actions.clear(id, request);
	}

	private static AlertState state(String text) {
		try {
			return AlertState.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidRequestException.parameter("state", "must be one of OPEN, ACKNOWLEDGED, SHELVED, CLEARED");
		}
	}

}
