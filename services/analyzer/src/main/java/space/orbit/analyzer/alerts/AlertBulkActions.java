package space.orbit.analyzer.alerts;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import space.orbit.analyzer.alerts.BulkActionResult.Outcome;
import space.orbit.analyzer.alerts.BulkActionResult.Refusal;
import space.orbit.kit.web.ProblemException;
import space.orbit.kit.web.ProblemType;

/**
 * One action on many alerts: the request is checked once (nothing changes if it is
 * invalid), then each alert is changed in a transaction of its own, so that one alert in
 * a state that does not allow the action is refused alone and the others are done.
 */
@Service
class AlertBulkActions {

	private final AlertRequests requests;

	private final AlertActions actions;

	AlertBulkActions(AlertRequests requests, AlertActions actions) {
		this.requests = requests;
		this.actions = actions;
	}

	BulkActionResult perform(BulkActionRequest request) {
		AlertCommand command = this.requests.bulk(request);
		List<Outcome> results = new ArrayList<>();
		for (long id : request.ids()) {
			results.add(perform(id, command));
		}
		return BulkActionResult.of(results);
	}

	private Outcome perform(long id, AlertCommand command) {
		try {
			return Outcome.done(this.actions.perform(id, command));
		}
		catch (ProblemException ex) {
			String reason = (ex.properties().get("reason") instanceof String text) ? text : null;
			AlertState state = (ex instanceof TransitionNotAllowedException refused) ? refused.state() : null;
			return Outcome.refused(id, new Refusal(ex.type().uri(), ex.type().title(), ex.type().status().value(),
					ex.getMessage(), reason, state));
		}
		catch (OptimisticLockingFailureException ex) {
			ProblemType type = ProblemType.CONCURRENT_CHANGE;
			return Outcome.refused(id, new Refusal(type.uri(), type.title(), type.status().value(),
					"The alert changed while this request was handled: read it again and retry.", null, null));
		}
	}

}
