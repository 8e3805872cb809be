package space.orbit.enricher.archive;

/**
 * A query that cannot be served: a malformed parameter (400), or one beyond a configured
 * bound (422, naming the setting and its value).
 */
class InvalidQueryException extends RuntimeException {

	private final String parameter;

	private final String limit;

	private final Object maximum;

	private InvalidQueryException(String parameter, String message, String limit, Object maximum) {
		super(message);
		this.parameter = parameter;
		this.limit = limit;
		this.maximum = maximum;
	}

	static InvalidQueryException malformed(String parameter, String message) {
		return new InvalidQueryException(parameter, message, null, null);
	}

	static InvalidQueryException beyondLimit(String parameter, String message, String limit, Object maximum) {
		return new InvalidQueryException(parameter, message, limit, maximum);
	}

	String parameter() {
		return this.parameter;
	}

	/** The setting that bounds the query, or null when the query is malformed. */
	String limit() {
		return this.limit;
	}

	Object maximum() {
		return this.maximum;
	}

}
