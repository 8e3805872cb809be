package space.orbit.kit.web;

import java.util.List;

import tools.jackson.core.JacksonException;

/** RFC 6901 JSON Pointers to where something is in a request body. */
public final class JsonPointers {

	private JsonPointers() {
	}

	/** The pointer of a place Jackson reports ({@code ""}: the whole body). */
	public static String of(List<JacksonException.Reference> path) {
		StringBuilder pointer = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			pointer.append('/')
				.append((reference.getPropertyName() != null) ? escape(reference.getPropertyName())
						: Integer.toString(reference.getIndex()));
		}
		return pointer.toString();
	}

	/**
	 * The pointer of a bean-validation property path: {@code stations[1].id} is
	 * {@code /stations/1/id}, {@code samples[EPS.V]} is {@code /samples/EPS.V}.
	 */
	public static String ofPropertyPath(String path) {
		StringBuilder pointer = new StringBuilder();
		StringBuilder token = new StringBuilder();
		boolean inBrackets = false;
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (!inBrackets && (c == '.' || c == '[')) {
				flush(pointer, token);
				inBrackets = c == '[';
			}
			else if (inBrackets && c == ']') {
				flush(pointer, token);
				inBrackets = false;
			}
			else {
				token.append(c);
			}
		}
		flush(pointer, token);
		return pointer.toString();
	}

	/** A property name as a pointer token ({@code ~} and {@code /} escaped). */
	public static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

	private static void flush(StringBuilder pointer, StringBuilder token) {
		if (!token.isEmpty()) {
			pointer.append('/').append(escape(token.toString()));
			token.setLength(0);
		}
	}

}
