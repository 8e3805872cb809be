package space.orbit.kit.web;

import java.util.List;

/**
 * A query or path parameter that is missing, malformed or out of range: 400
 * {@code invalid-parameter} naming it; nothing was read or changed.
 */
public class InvalidParameterException extends ProblemException {

	private final String parameter;

	/**
	 * @param parameter the parameter's name
	 * @param detail what is wrong with it, as a predicate ("must be between 1 and 500")
	 */
	public InvalidParameterException(String parameter, String detail) {
		super(ProblemType.INVALID_PARAMETER, "Parameter '" + parameter + "' " + detail + ".",
				List.of(ProblemError.parameter(parameter, detail)));
		this.parameter = parameter;
	}

	/**
	 * @param parameter the parameter's name
	 * @param reason why, for machines (snake_case)
	 * @param detail what is wrong with it, as a predicate
	 */
	public InvalidParameterException(String parameter, String reason, String detail) {
		super(ProblemType.INVALID_PARAMETER, "Parameter '" + parameter + "' " + detail + ".",
				List.of(ProblemError.parameter(parameter, reason, detail)));
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
