package space.orbit.worker.compute;

/**
 * Something a computation needs is unreachable for now (a service down, a timeout): the
 * job is retried later.
 */
public class TransientFailureException extends RuntimeException {

	public TransientFailureException(String message, Throwable cause) {
		super(message, cause);
	}

}
