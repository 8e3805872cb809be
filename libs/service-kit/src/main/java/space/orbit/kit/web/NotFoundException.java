package space.orbit.kit.web;

/** No such resource: 404 {@code not-found}. */
public class NotFoundException extends ProblemException {

	/**
	 * @param detail which resource ("There is no alert 42.")
	 */
	public NotFoundException(String detail) {
		super(ProblemType.NOT_FOUND, detail);
	}

}
