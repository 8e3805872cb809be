package space.orbit.test.fuzz;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A valid-looking value made from a JSON schema of an OpenAPI document. */
final class Schemas {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private Schemas() {
	}

	static JsonNode resolve(JsonNode document, JsonNode node) {
		JsonNode current = node;
		for (int i = 0; i < 10 && current.has("$ref"); i++) {
			current = document.at(current.get("$ref").asString().substring(1));
		}
		return current;
	}

	/**
	 * A value of the schema: its example, else its first enum value, else one of its
	 * type.
	 */
	static JsonNode sample(JsonNode document, JsonNode schemaOrRef, int depth) {
		JsonNode schema = resolve(document, schemaOrRef);
		if (schema.has("example")) {
			return schema.get("example");
		}
		if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
			return schema.path("enum").get(0);
		}
		for (String choice : new String[] { "oneOf", "anyOf", "allOf" }) {
			if (schema.path(choice).isArray() && !schema.path(choice).isEmpty()) {
				return sample(document, schema.path(choice).get(0), depth + 1);
			}
		}
		if (depth > 8) {
			return NODES.nullNode();
		}
		String type = schema.path("type").isArray() ? schema.path("type").get(0).asString()
				: schema.path("type").asString("object");
		return switch (type) {
			case "string" -> NODES.stringNode(string(schema));
			case "integer" -> NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
			case "number" -> NODES.numberNode(Math.max(1.0, schema.path("minimum").asDouble(1.0)));
			case "boolean" -> NODES.booleanNode(true);
			case "array" -> NODES.arrayNode().add(sample(document, schema.path("items"), depth + 1));
			default -> object(document, schema, depth);
		};
	}

	private static JsonNode object(JsonNode document, JsonNode schema, int depth) {
		ObjectNode object = NODES.objectNode();
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			object.set(property.getKey(), sample(document, property.getValue(), depth + 1));
		}
		return object;
	}

	private static String string(JsonNode schema) {
		return switch (schema.path("format").asString("")) {
			case "date-time" -> java.time.Instant.now().toString();
			case "date" -> java.time.LocalDate.now().toString();
			case "uuid" -> java.util.UUID.randomUUID().toString();
			case "email" -> "fuzz" + System.nanoTime() + "@example.org";
			case "duration" -> "PT1M";
			default -> "FUZZ-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
		};
	}

}
