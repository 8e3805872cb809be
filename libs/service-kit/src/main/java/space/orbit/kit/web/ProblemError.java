package space.orbit.kit.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a request: where ({@code pointer}, an RFC 6901 JSON Pointer into
 * the body, or {@code parameter}, a query or path parameter), what ({@code detail}) and,
 * for machines, why ({@code reason}, snake_case). Its schema in the documents is
 * {@code ProblemSchemas}'.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemError(String pointer, String parameter, String detail, String reason) {

	/** An error at a place in the body. */
	public static ProblemError at(String pointer, String detail) {
		return new ProblemError(pointer, null, detail, null);
	}

	/** An error at a place in the body, with its reason code. */
	public static ProblemError at(String pointer, String reason, String detail) {
		return new ProblemError(pointer, null, detail, reason);
	}

	/** An error in a query or path parameter. */
	public static ProblemError parameter(String name, String detail) {
		return new ProblemError(null, name, detail, null);
	}

	/** An error in a query or path parameter, with its reason code. */
	public static ProblemError parameter(String name, String reason, String detail) {
		return new ProblemError(null, name, detail, reason);
	}

}
