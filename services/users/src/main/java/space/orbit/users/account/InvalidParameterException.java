package space.orbit.users.account;

/** A query parameter is out of range; nothing was read. */
class InvalidParameterException extends RuntimeException {

	private final String parameter;

	InvalidParameterException(String parameter, String detail) {
		super("Parameter '" + parameter + "' " + detail + ".");
		this.parameter = parameter;
	}

	String parameter() {
		return this.parameter;
	}

}
