package space.orbit.worker.jobs;

/** A job request that cannot run as given: answered 400, naming the field. */
class InvalidJobException extends RuntimeException {

	private final String field;

	InvalidJobException(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
