package space.orbit.console.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An RFC 9457 problem as the services answer it (ADR 0012): what the console shows
 * instead of a stack trace.
 *
 * @param type the problem type URI
 * @param title the problem type's short title
 * @param status the HTTP status
 * @param detail what happened and what to do, for people
 * @param errors each thing wrong with the request, with a JSON pointer or parameter
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

	public Problem {
		errors = (errors != null) ? List.copyOf(errors) : List.of();
	}

	/** The error at a JSON pointer into the request body, if any. */
	public String detailAt(String pointer) {
		return this.errors.stream()
			.filter((error) -> pointer.equals(error.pointer()))
			.map(FieldError::detail)
			.findFirst()
			.orElse(null);
	}

	/** What the console shows: the detail, else the title. */
	public String message() {
		return (this.detail != null && !this.detail.isBlank()) ? this.detail : this.title;
	}

	/**
	 * One thing wrong with a request.
	 *
	 * @param pointer RFC 6901 pointer into the request body
	 * @param parameter the query or path parameter
	 * @param detail what is wrong
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record FieldError(String pointer, String parameter, String detail) {
	}

}
