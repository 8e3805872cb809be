package space.orbit.worker.jobs;

import java.util.UUID;

/** No job has this id: answered 404. */
class JobNotFoundException extends RuntimeException {

	JobNotFoundException(UUID id) {
		super("No job has the id " + id + ".");
	}

}
