package space.orbit.worker.compute;

/** Thrown through a computation to stop it: its job was cancelled or timed out. */
public class JobStoppedException extends RuntimeException {

	public JobStoppedException(String message) {
		super(message, null, false, false);
	}

}
