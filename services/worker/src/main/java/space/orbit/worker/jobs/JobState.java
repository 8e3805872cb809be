package space.orbit.worker.jobs;

/** Where a job is in its life. */
public enum JobState {

	QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

	boolean terminal() {
		return this == SUCCEEDED || this == FAILED || this == CANCELLED;
	}

}
