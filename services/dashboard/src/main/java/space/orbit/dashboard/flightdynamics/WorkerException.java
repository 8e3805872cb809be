package space.orbit.dashboard.flightdynamics;

/**
 * The worker did not do what the planner asked: it did not answer, refused the planner's
 * token, or rejected the request (an unknown spacecraft, a limit).
 */
final class WorkerException extends Exception {

	/** What kind of failure. */
	enum Kind {

		/** No answer, or a 5xx: nothing to do but try again later. */
		UNAVAILABLE,

		/** 401 or 403: the planner's client or role is wrong. */
		REFUSED,

		/** Any other 4xx: this request will not do. */
		REJECTED

	}

	private final Kind kind;

	WorkerException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	Kind kind() {
		return this.kind;
	}

}
