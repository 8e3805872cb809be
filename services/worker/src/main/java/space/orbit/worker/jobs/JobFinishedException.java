package space.orbit.worker.jobs;

/** A job that already ended cannot be cancelled: answered 409. */
class JobFinishedException extends RuntimeException {

	private final JobState state;

	JobFinishedException(JobState state) {
		super("The job has already ended (" + state + "); there is nothing to cancel.");
		this.state = state;
	}

	JobState state() {
		return this.state;
	}

}
