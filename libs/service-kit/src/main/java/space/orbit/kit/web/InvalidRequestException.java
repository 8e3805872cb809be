package space.orbit.kit.web;

import java.util.List;

/**
 * A well-formed body that is invalid: 422 {@code invalid-request} with its
 * {@code errors}; nothing was changed.
 */
public class InvalidRequestException extends ProblemException {

	public InvalidRequestException(String detail, List<ProblemError> errors) {
		super(ProblemType.INVALID_REQUEST, detail, errors);
	}

	/** One error at one place in the body. */
	public static InvalidRequestException at(String pointer, String reason, String detail) {
		return new InvalidRequestException(detail, List.of(ProblemError.at(pointer, reason, detail)));
	}

}
