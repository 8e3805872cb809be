package space.orbit.worker.jobs;

import java.time.Duration;

/** A job ran past the time limit. */
class JobTimedOutException extends RuntimeException {

	JobTimedOutException(Duration limit) {
		super("The job ran longer than the time limit of " + limit + " (orbit.worker.time-limit) and was stopped.");
	}

}
