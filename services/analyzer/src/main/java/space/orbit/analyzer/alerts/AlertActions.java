package space.orbit.analyzer.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.orbit.kit.web.Cursor;
import space.orbit.kit.web.InvalidParameterException;
import space.orbit.kit.web.InvalidRequestException;
import space.orbit.kit.web.NotFoundException;
import space.orbit.kit.web.Page;

/**
 * What operators do to alerts: acknowledge, shelve, unshelve, clear, assign, unassign,
 * tag and comment, each on one alert in its own transaction, recorded in the alert's
 * action log as done by the command's actor (the caller's token subject).
 */
@Service
class AlertActions {

	private final AlertRepository alerts;

	private final AlertActionLog log;

	private final AlertMetrics metrics;

	private final Clock clock;

	AlertActions(AlertRepository alerts, AlertActionLog log, AlertMetrics metrics, Clock clock) {
		this.alerts = alerts;
		this.log = log;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Transactional
	AlertView perform(long id, AlertCommand command) {
		Alert alert = load(id);
		Instant now = this.clock.instant();
		AlertState before = alert.state;
		String detail = apply(alert, command, now);
		this.alerts.saveAndFlush(alert);
		this.log.record(alert, command.verb().logged(), command.actor(), now, command.comment(), detail, before);
		this.metrics.transition(command.verb().path());
		return AlertView.of(alert);
	}

	@Transactional(readOnly = true)
	AlertView find(long id) {
		return AlertView.of(load(id));
	}

	/** A page of an alert's action log, oldest first. */
	@Transactional(readOnly = true)
	Page<AlertActionView> log(long id, int limit, String after) {
		load(id);
		List<AlertActionView> fetched = this.log.list(id, (after != null) ? after(after) : 0, limit + 1);
		return Page.of(fetched, limit, (action) -> Cursor.encode(Long.toString(action.id())));
	}

	/** Changes the alert; what changed beyond its state, for the log. */
	private static String apply(Alert alert, AlertCommand command, Instant now) {
		String actor = command.actor();
		String comment = command.comment();
		return switch (command.verb()) {
			case ACKNOWLEDGE -> {
				AlertLifecycle.acknowledge(alert, actor, comment, now);
				yield null;
			}
			case SHELVE -> {
				AlertLifecycle.shelve(alert, actor, comment, command.duration(), now);
				yield "for " + command.duration() + ", until " + alert.shelvedUntil;
			}
			case UNSHELVE -> {
				AlertLifecycle.unshelve(alert, actor, comment, now);
				yield null;
			}
			case CLEAR -> {
				AlertLifecycle.clear(alert, actor, comment, now);
				yield null;
			}
			case ASSIGN -> {
				String was = alert.assignee;
				AlertLifecycle.assign(alert, command.assignee(), now);
				yield "to " + command.assignee() + ((was != null) ? " (was " + was + ")" : "");
			}
			case UNASSIGN -> {
				String was = alert.assignee;
				AlertLifecycle.unassign(alert, now);
				yield (was != null) ? "was " + was : "was not assigned";
			}
			case TAG -> tag(alert, command, now);
			case COMMENT -> null;
		};
	}

	private static String tag(Alert alert, AlertCommand command, Instant now) {
		Set<String> after = new TreeSet<>(alert.tags);
		after.removeAll(command.remove());
		after.addAll(command.add());
		if (after.size() > AlertRequests.MAX_TAGS) {
			throw InvalidRequestException.at("/add", "too_many_tags", "The alert would have " + after.size()
					+ " tags; at most " + AlertRequests.MAX_TAGS + ": remove some first.");
		}
		AlertLifecycle.tag(alert, command.add(), command.remove(), now);
		return Stream
			.concat(command.add().stream().map((tag) -> "+" + tag), command.remove().stream().map((tag) -> "-" + tag))
			.collect(Collectors.joining(" "));
	}

	private Alert load(long id) {
		return this.alerts.findById(id).orElseThrow(() -> new NotFoundException("There is no alert " + id + "."));
	}

	private static long after(String cursor) {
		try {
			return Long.parseLong(Cursor.decode(cursor, 1).get(0));
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException("after",
					"is not a cursor of this list: pass the 'next' of the previous page unchanged");
		}
	}

}
