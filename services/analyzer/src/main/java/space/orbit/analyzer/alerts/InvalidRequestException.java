package space.orbit.analyzer.alerts;

import java.util.List;
import java.util.Map;

/**
 * A request the API cannot act on: a query parameter (400) or a body field (422) is
 * wrong; nothing was changed.
 */
class InvalidRequestException extends RuntimeException {

	private final boolean body;

	private final List<Map<String, String>> errors;

	InvalidRequestException(boolean body, List<Map<String, String>> errors) {
		super(errors.stream()
			.map(e -> e.get("field") + ": " + e.get("detail"))
			.reduce((a, b) -> a + "; " + b)
			.orElse(""));
		this.body = body;
		this.errors = errors;
	}

	static InvalidRequestException parameter(String name, String detail) {
		return new InvalidRequestException(false, List.of(Map.of("field", name, "detail", detail)));
	}

	boolean body() {
		return this.body;
	}

	List<Map<String, String>> errors() {
		return this.errors;
	}

}
