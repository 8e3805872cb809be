package space.orbit.analyzer.alerts;

import space.orbit.kit.web.ConflictException;

/**
 * An operator action that the alert's state does not allow: 409 {@code conflict}, reason
 * {@code transition_not_allowed}, with the alert's {@code state}.
 */
class TransitionNotAllowedException extends ConflictException {

	static final String REASON = "transition_not_allowed";

	private final AlertState state;

	TransitionNotAllowedException(String action, AlertState state) {
		super(REASON, "An alert in state " + state + " cannot be " + action + ".");
		this.state = state;
		with("state", state.name());
	}

	AlertState state() {
		return this.state;
	}

}
