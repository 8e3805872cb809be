package space.orbit.kit.web;

/**
 * A query parameter is out of range; nothing was read. Answered 400 by a
 * {@link JsonApiExceptionHandler}.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	public InvalidParameterException(String parameter, String detail) {
		super("Parameter '" + parameter + "' " + detail + ".");
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
