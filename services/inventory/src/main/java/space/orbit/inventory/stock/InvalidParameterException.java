package space.orbit.inventory.stock;

/** A query parameter is out of range; nothing was read. */
class InvalidParameterException extends RuntimeException {

	InvalidParameterException(String parameter, String detail) {
		super("Parameter '" + parameter + "' " + detail + ".");
	}

}
