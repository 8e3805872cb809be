package space.orbit.processor.samples;

/** A query parameter that cannot be served (a 400). */
class InvalidQueryException extends RuntimeException {

	private final String parameter;

	InvalidQueryException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	String parameter() {
		return this.parameter;
	}

}
