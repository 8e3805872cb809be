package space.orbit.test.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes one request of an operation with one thing wrong: a body field, the whole body, a
 * query or path parameter, the media type, the method or a header. The rest is valid (the
 * document's examples), so the fault is what the service must answer.
 */
final class FuzzCases {

	private static final List<String> MEDIA_TYPES = List.of("text/plain", "application/xml",
			"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json;charset=UTF-16",
			"application/octet-stream", "image/png", "*/*", "application/json; charset=nonsense");

	private FuzzCases() {
	}

	static FuzzRequest next(Operation operation, Random random) {
		for (int attempt = 0; attempt < 10; attempt++) {
			int kind = random.nextInt(100);
			FuzzRequest request = (kind < 35) ? bodyField(operation, random)
					: (kind < 45) ? wholeBody(operation, random)
							: (kind < 65) ? query(operation, random)
									: (kind < 80) ? path(operation, random) : (kind < 88) ? mediaType(operation, random)
											: (kind < 94) ? method(operation, random) : header(operation, random);
			if (request != null) {
				return request;
			}
		}
		return query(operation, random, true);
	}

	private static FuzzRequest bodyField(Operation operation, Random random) {
		if (!operation.hasBody() || !operation.body().isContainer()) {
			return null;
		}
		JsonNode body = operation.body().deepCopy();
		List<Slot> slots = new ArrayList<>();
		collect(body, "", slots);
		if (slots.isEmpty() || random.nextInt(10) == 0) {
			if (body instanceof ObjectNode object) {
				object.set("unexpected" + random.nextInt(100), OddValues.any(random));
				return request(operation, "an unknown field", baseUri(operation, random), body, random);
			}
			return null;
		}
		Slot slot = slots.get(random.nextInt(slots.size()));
		JsonNode odd = (random.nextInt(4) == 0) ? null : OddValues.any(random);
		String fault = (odd == null) ? "field " + slot.pointer + " removed" : "field " + slot.pointer + " odd";
		slot.set(odd);
		return request(operation, fault, baseUri(operation, random), body, random);
	}

	private static FuzzRequest wholeBody(Operation operation, Random random) {
		if (!operation.hasBody() && random.nextBoolean()) {
			return null;
		}
		String method = operation.hasBody() ? operation.method() : "POST";
		byte[] body = OddValues.body(random).getBytes(StandardCharsets.UTF_8);
		return new FuzzRequest(operation, "body odd", method, baseUri(operation, random), "application/json", body,
				Map.of());
	}

	private static FuzzRequest query(Operation operation, Random random) {
		return query(operation, random, false);
	}

	private static FuzzRequest query(Operation operation, Random random, boolean always) {
		List<JsonNode> query = operation.parametersIn("query");
		if (query.isEmpty() && !always) {
			return null;
		}
		String name = query.isEmpty() || random.nextInt(6) == 0 ? "unknown" + random.nextInt(10)
				: query.get(random.nextInt(query.size())).path("name").asString();
		String value = OddValues.parameter(random);
		String uri = baseUri(operation, random, name);
		uri += (uri.contains("?") ? "&" : "?") + encode(name) + "=" + encode(value);
		return request(operation, "parameter " + name + " odd", uri, operation.body(), random);
	}

	private static FuzzRequest path(Operation operation, Random random) {
		List<JsonNode> path = operation.parametersIn("path");
		if (path.isEmpty()) {
			return null;
		}
		JsonNode parameter = path.get(random.nextInt(path.size()));
		String name = parameter.path("name").asString();
		String value = switch (random.nextInt(8)) {
			case 0 -> "..";
			case 1 -> "%00";
			case 2 -> "A%2FB";
			default -> encode(OddValues.parameter(random));
		};
		String filled = fill(operation.path(), operation, name, value);
		return request(operation, "path " + name + " odd", filled, operation.body(), random);
	}

	private static FuzzRequest mediaType(Operation operation, Random random) {
		if (!operation.hasBody()) {
			return null;
		}
		String type = MEDIA_TYPES.get(random.nextInt(MEDIA_TYPES.size()));
		byte[] body = operation.body().toString().getBytes(StandardCharsets.UTF_8);
		return new FuzzRequest(operation, "media type " + type, operation.method(), baseUri(operation, random), type,
				body, Map.of());
	}

	private static FuzzRequest method(Operation operation, Random random) {
		if (operation.otherMethods().isEmpty()) {
			return null;
		}
		String method = operation.otherMethods().get(random.nextInt(operation.otherMethods().size()));
		byte[] body = operation.hasBody() ? operation.body().toString().getBytes(StandardCharsets.UTF_8) : null;
		return new FuzzRequest(operation, "method " + method + " not offered", method, baseUri(operation, random),
				"application/json", body, Map.of());
	}

	private static FuzzRequest header(Operation operation, Random random) {
		Map<String, String> headers = new LinkedHashMap<>();
		String value = switch (random.nextInt(5)) {
			case 0 -> "00-" + "z".repeat(32) + "-" + "0".repeat(16) + "-01";
			case 1 -> "ff-ffffffffffffffffffffffffffffffff-ffffffffffffffff-ff";
			case 2 -> "A".repeat(6_000);
			case 3 -> "'; DROP TABLE users; --";
			default -> "${jndi:ldap://127.0.0.1:1/x}";
		};
		String name = List.of("traceparent", "X-Orbit-User", "X-Request-Id", "Accept-Language", "If-Match")
			.get(random.nextInt(5));
		headers.put(name, value);
		byte[] body = operation.hasBody() ? operation.body().toString().getBytes(StandardCharsets.UTF_8) : null;
		return new FuzzRequest(operation, "header " + name + " odd", operation.method(), baseUri(operation, random),
				"application/json", body, headers);
	}

	private static FuzzRequest request(Operation operation, String fault, String uri, JsonNode body, Random random) {
		byte[] bytes = (body == null) ? null : body.toString().getBytes(StandardCharsets.UTF_8);
		return new FuzzRequest(operation, fault, operation.method(), uri, "application/json", bytes, Map.of());
	}

	private static String baseUri(Operation operation, Random random) {
		return baseUri(operation, random, null);
	}

	/** The path filled from examples, with the query parameters that have examples. */
	private static String baseUri(Operation operation, Random random, String skip) {
		String uri = fill(operation.path(), operation, null, null);
		List<String> query = new ArrayList<>();
		for (JsonNode parameter : operation.parametersIn("query")) {
			String name = parameter.path("name").asString();
			String example = example(parameter);
			if (example != null && !name.equals(skip) && random.nextBoolean()) {
				query.add(encode(name) + "=" + encode(example));
			}
		}
		return query.isEmpty() ? uri : uri + "?" + String.join("&", query);
	}

	/**
	 * The path template filled with examples, {@code name} with {@code raw} (encoded).
	 */
	private static String fill(String template, Operation operation, String name, String raw) {
		String path = template;
		for (JsonNode parameter : operation.parametersIn("path")) {
			String key = parameter.path("name").asString();
			String value = key.equals(name) ? raw
					: encode(java.util.Objects.requireNonNullElse(example(parameter), "FUZZ-1"));
			path = path.replace("{" + key + "}", value);
		}
		return path;
	}

	private static String example(JsonNode parameter) {
		JsonNode example = parameter.has("example") ? parameter.get("example")
				: parameter.path("schema").path("example");
		if (example.isMissingNode() || example.isNull()) {
			return null;
		}
		return example.isString() ? example.asString() : example.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static void collect(JsonNode node, String pointer, List<Slot> slots) {
		if (node instanceof ObjectNode object) {
			for (String name : new ArrayList<>(object.propertyNames())) {
				String child = pointer + "/" + name;
				slots.add(new Slot(child, object, name, -1));
				collect(object.get(name), child, slots);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				String child = pointer + "/" + i;
				slots.add(new Slot(child, array, null, i));
				collect(array.get(i), child, slots);
			}
		}
	}

	/** A place in a body: a field of an object or an element of an array. */
	private record Slot(String pointer, JsonNode parent, String name, int index) {

		void set(JsonNode value) {
			if (this.parent instanceof ObjectNode object) {
				if (value == null) {
					object.remove(this.name);
				}
				else {
					object.set(this.name, value);
				}
			}
			else if (this.parent instanceof ArrayNode array) {
				if (value == null) {
					array.remove(this.index);
				}
				else {
					array.set(this.index, value);
				}
			}
		}

	}

}
