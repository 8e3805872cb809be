package space.orbit.test.fuzz;

import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values a fuzzed request carries where a valid one was: wrong JSON types, boundary
 * and huge numbers, very long and odd Unicode strings, injection strings, deep nesting.
 */
final class OddValues {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Strings that have broken parsers, queries, logs and databases elsewhere. */
	static final List<String> STRINGS = List.of("", " ", "\t\n", "null", "undefined", "0", "-1", "1e309", "NaN", "true",
			"[]", "{}", "'; DROP TABLE mission; --", "\" OR \"1\"=\"1", "<script>alert(1)</script>",
			"${jndi:ldap://127.0.0.1:1/x}", "#{7*7}", "{{7*7}}", "../../../../etc/passwd", "..\\..\\windows\\win.ini",
			"%00", "%2F%2E%2E", "\\", "\"", "'", "`", "$where", "{\"$gt\":\"\"}", "Ω≈ç√∫˜µ≤≥÷", "中文名称", "مرحبا",
			"\u202Eevil\u202C", "zero\u200Bwidth", "e\u0301\u0301\u0301", "🛰️🚀👩‍🚀", "\uFEFFbom", "\u0000",
			"nul\u0000inside", "\uD800", "lone\uDC00low", "\u0007\u001B[31mred", "line\r\nbreak", "Z̴̡̪̫͖̥̔ͤ̏a̸l̷g̶o",
			"2026-02-30T25:61:61Z", "P-1D", "PT99999999999999H", "-0", "0x1F", "1_000", "１２３");

	private OddValues() {
	}

	/** Any odd JSON value: a string, a number, a wrong type, a deep or wide structure. */
	static JsonNode any(Random random) {
		return switch (random.nextInt(10)) {
			case 0, 1, 2 -> NODES.stringNode(string(random));
			case 3, 4 -> number(random);
			case 5 -> NODES.nullNode();
			case 6 -> random.nextBoolean() ? NODES.booleanNode(random.nextBoolean()) : NODES.arrayNode();
			case 7 -> random.nextBoolean() ? NODES.objectNode() : wide(random);
			case 8 -> deep(2 + random.nextInt(300));
			default -> NODES.stringNode(longString(random));
		};
	}

	static String string(Random random) {
		return (random.nextInt(8) == 0) ? longString(random) : STRINGS.get(random.nextInt(STRINGS.size()));
	}

	/** 1,000 to 200,000 characters. */
	static String longString(Random random) {
		int length = 1_000 * (1 + random.nextInt(200));
		String unit = random.nextBoolean() ? "A" : "Ω🚀";
		return unit.repeat(length / unit.length());
	}

	static JsonNode number(Random random) {
		return switch (random.nextInt(12)) {
			case 0 -> NODES.numberNode(0);
			case 1 -> NODES.numberNode(-1);
			case 2 -> NODES.numberNode(Integer.MAX_VALUE);
			case 3 -> NODES.numberNode(Integer.MIN_VALUE);
			case 4 -> NODES.numberNode(Long.MAX_VALUE);
			case 5 -> NODES.numberNode(Long.MIN_VALUE);
			case 6 -> NODES.numberNode(new java.math.BigInteger("9".repeat(40)));
			case 7 -> NODES.numberNode(Double.MAX_VALUE);
			case 8 -> NODES.numberNode(-Double.MAX_VALUE);
			case 9 -> NODES.numberNode(Double.MIN_VALUE);
			case 10 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
			default -> NODES.numberNode(random.nextDouble() * 1e6 - 5e5);
		};
	}

	/** Arrays nested {@code depth} deep. */
	static JsonNode deep(int depth) {
		ArrayNode root = NODES.arrayNode();
		ArrayNode current = root;
		for (int i = 1; i < depth; i++) {
			current = current.addArray();
		}
		return root;
	}

	/** An object of 1,000 odd keys. */
	static JsonNode wide(Random random) {
		ObjectNode object = NODES.objectNode();
		for (int i = 0; i < 1_000; i++) {
			object.put("k" + i + STRINGS.get(random.nextInt(STRINGS.size())), i);
		}
		return object;
	}

	/**
	 * Bodies that are not what any operation takes: not JSON, the wrong JSON, too deep.
	 */
	static String body(Random random) {
		return switch (random.nextInt(12)) {
			case 0 -> "";
			case 1 -> "{";
			case 2 -> "null";
			case 3 -> "[]";
			case 4 -> "\"just a string\"";
			case 5 -> "12345678901234567890123456789";
			case 6 -> "[".repeat(5_000) + "]".repeat(5_000);
			case 7 -> "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
			case 8 -> "{\"a\":1,\"a\":2}";
			case 9 -> "{\"x\":\"" + "A".repeat(1_500_000) + "\"}";
			case 10 -> "\uFEFF{}";
			default -> "{'single':'quotes', trailing: [1,2,],}";
		};
	}

	/** Text to put in a URL: encoded by the caller. */
	static String parameter(Random random) {
		return switch (random.nextInt(6)) {
			case 0 -> "-1";
			case 1 -> "99999999999999999999";
			case 2 -> "1e3";
			default -> string(random);
		};
	}

}
