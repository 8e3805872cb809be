package space.orbit.analyzer.alerts;

/** An operator action that the alert's state does not allow: answered 409. */
class TransitionNotAllowedException extends RuntimeException {

	private final AlertState state;

	TransitionNotAllowedException(String action, AlertState state) {
		super("An alert in state " + state + " cannot be " + action + ".");
		this.state = state;
	}

	AlertState state() {
		return this.state;
	}

}
