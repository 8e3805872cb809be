package space.orbit.worker.compute;

/**
 * The input of a computation cannot give an answer (a TLE that does not parse, a
 * satellite that decays inside the horizon, a parameter that is not numeric): the job
 * fails, and running it again would fail the same way.
 */
public class InvalidInputException extends RuntimeException {

	public InvalidInputException(String message) {
		super(message);
	}

	public InvalidInputException(String message, Throwable cause) {
		super(message, cause);
	}

}
