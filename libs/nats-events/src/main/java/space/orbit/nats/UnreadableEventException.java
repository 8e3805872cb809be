package space.orbit.nats;

/**
 * An event that no retry can make readable: it is terminated (never redelivered) and
 * counted.
 */
public class UnreadableEventException extends RuntimeException {

	public UnreadableEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
