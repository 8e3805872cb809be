package space.orbit.dashboard.flightdynamics;

/**
 * The planner's bearer token for the worker: a machine client's, with the operator role;
 * none when {@code orbit.security.enabled} is false.
 */
interface PlannerToken {

	/** No token: security is off. */
	PlannerToken NONE = new PlannerToken() {

		@Override
		public String current() {
			return null;
		}

		@Override
		public void refused() {
		}

	};

	/** No token can be had, for this reason (a setting missing). */
	static PlannerToken refusing(String reason) {
		return new PlannerToken() {

			@Override
			public String current() throws WorkerException {
				throw new WorkerException(WorkerException.Kind.REFUSED, reason);
			}

			@Override
			public void refused() {
			}

		};
	}

	/**
	 * The token, taken at the auth service when there is none yet or it has expired; null
	 * for none.
	 * @throws WorkerException when the auth service does not give one
	 */
	String current() throws WorkerException;

	/** The worker refused it: take a new one next time. */
	void refused();

}
