package space.orbit.kit.web;

/**
 * The resource's state does not allow the request: 409 {@code conflict} with a
 * machine-readable {@code reason} ({@code duplicate_email}, {@code job_ended}, ...).
 */
public class ConflictException extends ProblemException {

	/**
	 * @param reason which rule refused it, snake_case
	 * @param detail what to do about it, for people
	 */
	public ConflictException(String reason, String detail) {
		super(ProblemType.CONFLICT, detail);
		with("reason", reason);
	}

}
