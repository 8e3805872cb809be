package space.orbit.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The requests an OpenAPI document's examples make: each request-body example of a POST,
 * PUT or PATCH, then each GET whose parameters all have examples; path, query and header
 * parameters filled from their examples.
 */
final class ExampleRequests {

	private static final List<String> WITH_BODY = List.of("post", "put", "patch");

	/**
	 * An example's {@code x-orbit-timestamps}: its timestamps show the format only, and
	 * are moved to now when it is sent.
	 */
	static final String RELATIVE_TO_NOW = "relative-to-now";

	private ExampleRequests() {
	}

	static List<Request> of(JsonNode document) {
		List<Request> withBodies = new ArrayList<>();
		List<Request> reads = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String method = operation.getKey();
				JsonNode op = operation.getValue();
				if (WITH_BODY.contains(method)) {
					for (Map.Entry<String, JsonNode> example : bodyExamples(document, op).entrySet()) {
						withBodies.add(request(document, method, path.getKey(), op, example.getKey(),
								example.getValue().toString()));
					}
				}
				else if ("get".equals(method) && hasExamples(document, op)) {
					reads.add(request(document, method, path.getKey(), op, "parameter examples", null));
				}
			}
		}
		withBodies.addAll(reads);
		return withBodies;
	}

	private static Map<String, JsonNode> bodyExamples(JsonNode document, JsonNode operation) {
		JsonNode json = operation.path("requestBody").path("content").path("application/json");
		Map<String, JsonNode> examples = new LinkedHashMap<>();
		if (json.has("example")) {
			examples.put("example", json.get("example"));
		}
		for (Map.Entry<String, JsonNode> named : json.path("examples").properties()) {
			JsonNode example = resolve(document, named.getValue());
			JsonNode value = example.path("value");
			boolean relative = RELATIVE_TO_NOW.equals(example.path("x-orbit-timestamps").asString(""));
			examples.put(named.getKey(), relative ? ExampleTimestamps.movedToNow(value) : value);
		}
		return examples;
	}

	/** Whether every parameter has an example, and there is at least one. */
	private static boolean hasExamples(JsonNode document, JsonNode operation) {
		List<JsonNode> parameters = parameters(document, operation);
		return !parameters.isEmpty() && parameters.stream().allMatch((p) -> example(document, p) != null);
	}

	private static Request request(JsonNode document, String method, String template, JsonNode operation, String name,
			String body) {
		String path = template;
		List<String> query = new ArrayList<>();
		Map<String, String> headers = new LinkedHashMap<>();
		for (JsonNode parameter : parameters(document, operation)) {
			String value = example(document, parameter);
			String key = parameter.path("name").asString();
			switch (parameter.path("in").asString()) {
				case "path" -> {
					if (value == null) {
						throw new AssertionError(method.toUpperCase() + " " + template + " has an example ('" + name
								+ "') but its path parameter '" + key + "' has none");
					}
					path = path.replace("{" + key + "}", encode(value).replace("+", "%20"));
				}
				case "query" -> {
					// an array is the parameter repeated (OpenAPI's form style, exploded)
					for (String one : values(document, parameter)) {
						query.add(encode(key) + "=" + encode(one));
					}
				}
				case "header" -> {
					if (value != null) {
						headers.put(key, value);
					}
				}
				default -> {
				}
			}
		}
		String uri = query.isEmpty() ? path : path + "?" + String.join("&", query);
		String role = operation.at("/security/0/orbit/0").asString(null);
		return new Request(method.toUpperCase(), uri, name, body, headers, role);
	}

	private static List<JsonNode> parameters(JsonNode document, JsonNode operation) {
		List<JsonNode> parameters = new ArrayList<>();
		operation.path("parameters").forEach((p) -> parameters.add(resolve(document, p)));
		return parameters;
	}

	/** A query parameter's example values: one, or each of an array's. */
	private static List<String> values(JsonNode document, JsonNode parameter) {
		JsonNode example = exampleNode(document, parameter);
		List<String> values = new ArrayList<>();
		if (example != null && example.isArray()) {
			example.forEach((one) -> values.add(one.isString() ? one.asString() : one.toString()));
		}
		else if (example != null && !example.isMissingNode()) {
			values.add(example.isString() ? example.asString() : example.toString());
		}
		return values;
	}

	private static String example(JsonNode document, JsonNode parameter) {
		JsonNode example = exampleNode(document, parameter);
		return (example == null || example.isMissingNode()) ? null
				: example.isString() ? example.asString() : example.toString();
	}

	private static JsonNode exampleNode(JsonNode document, JsonNode parameter) {
		JsonNode example = parameter.has("example") ? parameter.get("example")
				: parameter.path("schema").has("example") ? parameter.path("schema").get("example") : null;
		if (example == null && parameter.path("examples").isObject() && !parameter.path("examples").isEmpty()) {
			example = resolve(document, parameter.path("examples").properties().iterator().next().getValue())
				.path("value");
		}
		return example;
	}

	private static JsonNode resolve(JsonNode document, JsonNode node) {
		if (node.has("$ref")) {
			return document.at(node.get("$ref").asString().substring(1));
		}
		return node;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** One request to send. */
	record Request(String method, String uri, String example, String body, Map<String, String> headers, String role) {

		/**
		 * Sends it, with a token of the role the operation declares, if it declares one.
		 */
		Http.Response send(Http http) {
			return ((this.role != null) ? http.as(this.role) : http).send(this.method, this.uri, this.body,
					this.headers);
		}

		@Override
		public String toString() {
			return this.method + " " + this.uri + " (" + this.example + ")";
		}

	}

}
