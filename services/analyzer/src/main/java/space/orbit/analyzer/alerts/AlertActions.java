package space.orbit.analyzer.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.orbit.analyzer.AnalyzerProperties;
import space.orbit.kit.security.Actor;
import space.orbit.kit.web.InvalidRequestException;
import space.orbit.kit.web.NotFoundException;
import space.orbit.kit.web.ProblemError;

/**
 * What operators do to alerts: acknowledge, shelve, unshelve, clear; each recorded as
 * done by the caller ({@link Actor#current()}, the token's subject).
 */
@Service
class AlertActions {

	private final AlertRepository alerts;

	private final AlertMetrics metrics;

	private final Duration maxShelve;

	private final Clock clock;

	AlertActions(AlertRepository alerts, AlertMetrics metrics, AnalyzerProperties properties, Clock clock) {
		this.alerts = alerts;
		this.metrics = metrics;
		this.maxShelve = properties.alerts().maxShelve();
		this.clock = clock;
	}

	@Transactional
	AlertView acknowledge(long id, AlertActionRequest request) {
		check(request, false);
		return act(id, "acknowledge",
				(alert, now) -> AlertLifecycle.acknowledge(alert, Actor.current(request.by()), request.comment(), now));
	}

	@Transactional
	AlertView shelve(long id, AlertActionRequest request) {
		check(request, true);
		return act(id, "shelve", (alert, now) -> AlertLifecycle.shelve(alert, Actor.current(request.by()),
				request.comment(), request.duration(), now));
	}

	@Transactional
	AlertView unshelve(long id, AlertActionRequest request) {
		check(request, false);
		return act(id, "unshelve",
				(alert, now) -> AlertLifecycle.unshelve(alert, Actor.current(request.by()), request.comment(), now));
	}

	@Transactional
	AlertView clear(long id, AlertActionRequest request) {
		check(request, false);
		return act(id, "clear",
				(alert, now) -> AlertLifecycle.clear(alert, Actor.current(request.by()), request.comment(), now));
	}

	@Transactional(readOnly = true)
	AlertView find(long id) {
		return AlertView.of(load(id));
	}

	private AlertView act(long id, String action, Action change) {
		Alert alert = load(id);
		change.apply(alert, this.clock.instant());
		this.alerts.saveAndFlush(alert);
		this.metrics.transition(action);
		return AlertView.of(alert);
	}

	private Alert load(long id) {
		return this.alerts.findById(id).orElseThrow(() -> new NotFoundException("There is no alert " + id + "."));
	}

	private void check(AlertActionRequest request, boolean shelving) {
		List<ProblemError> errors = new ArrayList<>();
		if (request.comment() != null && request.comment().length() > 1_000) {
			errors.add(ProblemError.at("/comment", "must be at most 1000 characters"));
		}
		Duration duration = request.duration();
		if (shelving && (duration == null || duration.isNegative() || duration.isZero()
				|| duration.compareTo(this.maxShelve) > 0)) {
			errors.add(ProblemError.at("/duration",
					"must be a positive ISO-8601 duration (PT30M) of at most " + this.maxShelve));
		}
		if (!shelving && duration != null) {
			errors.add(ProblemError.at("/duration", "applies to shelve only"));
		}
		if (!errors.isEmpty()) {
			ProblemError first = errors.get(0);
			throw new InvalidRequestException("The request body is invalid at '" + first.pointer() + "': "
					+ first.detail() + ((errors.size() > 1) ? " (and more: see 'errors')." : "."), errors);
		}
	}

	/** One transition applied at an instant. */
	@FunctionalInterface
	private interface Action {

		void apply(Alert alert, Instant now);

	}

}
