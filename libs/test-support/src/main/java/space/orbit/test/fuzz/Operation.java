package space.orbit.test.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One operation of a document: its method, path template, parameters and a valid body
 * (its first example, else one made from its schema), from which fuzzed requests start.
 */
record Operation(String method, String path, List<JsonNode> parameters, JsonNode body, List<String> otherMethods) {

	private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

	static List<Operation> all(JsonNode document) {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			List<String> present = new ArrayList<>();
			path.getValue().properties().forEach((e) -> present.add(e.getKey()));
			List<String> others = METHODS.stream()
				.filter((m) -> !present.contains(m))
				.map(String::toUpperCase)
				.toList();
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (!METHODS.contains(operation.getKey())) {
					continue;
				}
				JsonNode op = operation.getValue();
				List<JsonNode> parameters = new ArrayList<>();
				path.getValue().path("parameters").forEach((p) -> parameters.add(Schemas.resolve(document, p)));
				op.path("parameters").forEach((p) -> parameters.add(Schemas.resolve(document, p)));
				operations.add(new Operation(operation.getKey().toUpperCase(), path.getKey(), parameters,
						body(document, op), others));
			}
		}
		return operations;
	}

	private static JsonNode body(JsonNode document, JsonNode operation) {
		JsonNode content = Schemas.resolve(document, operation.path("requestBody")).path("content");
		if (content.isMissingNode() || content.isEmpty()) {
			return null;
		}
		JsonNode json = content.path("application/json");
		if (json.isMissingNode()) {
			json = content.properties().iterator().next().getValue();
		}
		if (json.has("example")) {
			return json.get("example");
		}
		if (json.path("examples").isObject() && !json.path("examples").isEmpty()) {
			JsonNode example = Schemas.resolve(document,
					json.path("examples").properties().iterator().next().getValue());
			return space.orbit.test.ExampleTimestamps.movedToNow(example.path("value"));
		}
		return Schemas.sample(document, json.path("schema"), 0);
	}

	boolean hasBody() {
		return this.body != null;
	}

	List<JsonNode> parametersIn(String where) {
		return this.parameters.stream().filter((p) -> where.equals(p.path("in").asString())).toList();
	}

	@Override
	public String toString() {
		return this.method + " " + this.path;
	}

}
