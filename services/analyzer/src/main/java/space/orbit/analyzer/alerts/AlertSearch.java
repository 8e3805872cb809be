package space.orbit.analyzer.alerts;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import space.orbit.analyzer.Severity;
import space.orbit.kit.web.Cursor;
import space.orbit.kit.web.InvalidParameterException;
import space.orbit.kit.web.Page;

/**
 * Pages of alerts, newest first, keyset-paged on the alert id: the cursor is the last
 * shown id, and the next page is the alerts below it.
 */
@Component
class AlertSearch {

	private final AlertRepository alerts;

	AlertSearch(AlertRepository alerts) {
		this.alerts = alerts;
	}

	@Transactional(readOnly = true)
	Page<AlertView> page(Filter filter, int limit, String after) {
		Specification<Alert> where = (root, query, cb) -> cb.conjunction();
		if (filter.spacecraftId() != null) {
			where = where.and((root, query, cb) -> cb.equal(root.get("spacecraftId"), filter.spacecraftId()));
		}
		if (filter.state() != null) {
			where = where.and((root, query, cb) -> cb.equal(root.get("state"), filter.state()));
		}
		if (filter.severity() != null) {
			where = where.and((root, query, cb) -> cb.equal(root.get("severity"), filter.severity()));
		}
		if (filter.detector() != null) {
			where = where.and((root, query, cb) -> cb.equal(root.get("detector"), filter.detector()));
		}
		if (filter.assignee() != null) {
			where = where.and((root, query, cb) -> cb.equal(root.get("assignee"), filter.assignee()));
		}
		if (filter.tag() != null) {
			where = where.and((root, query, cb) -> cb.isMember(filter.tag(), root.get("tags")));
		}
		if (after != null) {
			long below = below(after);
			where = where.and((root, query, cb) -> cb.lessThan(root.get("id"), below));
		}
		List<AlertView> fetched = this.alerts
			.findBy(where, q -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(limit + 1).all())
			.stream()
			.map(AlertView::of)
			.toList();
		return Page.of(fetched, limit, alert -> Cursor.encode(Long.toString(alert.id())));
	}

	private static long below(String after) {
		try {
			return Long.parseLong(Cursor.decode(after, 1).get(0));
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException("after",
					"is not a cursor of this list: pass the 'next' of the previous page unchanged");
		}
	}

	/**
	 * What to list; null matches anything.
	 *
	 * @param spacecraftId only this spacecraft
	 * @param state only this state
	 * @param severity only alerts whose worst severity was this
	 * @param detector only this detector
	 * @param assignee only alerts assigned to this person
	 * @param tag only alerts with this tag
	 */
	record Filter(String spacecraftId, AlertState state, Severity severity, String detector, String assignee,
			String tag) {
	}

}
