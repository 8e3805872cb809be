package space.orbit.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/** Where two JSON documents differ, as JSON Pointers with both values. */
final class JsonDifferences {

	private JsonDifferences() {
	}

	/** Each difference as "/pointer: expected X, was Y"; empty when equal. */
	static List<String> between(JsonNode expected, JsonNode actual) {
		List<String> differences = new ArrayList<>();
		compare("", expected, actual, differences);
		return differences;
	}

	private static void compare(String pointer, JsonNode expected, JsonNode actual, List<String> differences) {
		if (expected.equals(actual)) {
			return;
		}
		if (expected.isObject() && actual.isObject()) {
			Set<String> names = new TreeSet<>(expected.propertyNames());
			names.addAll(actual.propertyNames());
			for (String name : names) {
				String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
				if (!actual.has(name)) {
					differences.add(child + ": committed, not served");
				}
				else if (!expected.has(name)) {
					differences.add(child + ": served, not committed: " + shorten(actual.get(name)));
				}
				else {
					compare(child, expected.get(name), actual.get(name), differences);
				}
			}
		}
		else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
			for (int i = 0; i < expected.size(); i++) {
				compare(pointer + "/" + i, expected.get(i), actual.get(i), differences);
			}
		}
		else {
			differences.add(pointer + ": committed " + shorten(expected) + ", served " + shorten(actual));
		}
	}

	private static String shorten(JsonNode node) {
		String text = node.toString();
		return (text.length() > 160) ? text.substring(0, 160) + "..." : text;
	}

}
