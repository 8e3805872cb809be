package space.orbit.registry;

/** A message on {@code orbit.registry.v1} that does not follow its contract. */
public class InvalidRegistryEventException extends IllegalArgumentException {

	public InvalidRegistryEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
