package space.orbit.console.mission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * What a change of the mission database changed, field by field, read from the audit
 * entry's record before and after: nested fields by their path
 * ({@code limits.warningHigh}, {@code tle.line1}), a calibration as one value in words,
 * unchanged fields left out.
 */
final class AuditDiff {

	/** Shown for a field that has no value on one side. */
	static final String NONE = "—";

	/**
	 * Fields in the order the console's forms show them (the processor's jsonb keeps its
	 * own key order); others follow, by name.
	 */
	private static final List<String> ORDER = List.of("id", "missionId", "name", "subsystem", "description", "unit",
			"rawType", "noradId", "tle", "line1", "line2", "calibration", "limits", "criticalLow", "warningLow",
			"warningHigh", "criticalHigh");

	private AuditDiff() {
	}

	/** One changed field. */
	record Change(String field, String before, String after) {

		@Override
		public String toString() {
			return this.field + ": " + this.before + " → " + this.after;
		}

	}

	/**
	 * The changed fields; a creation (no before) lists every field set, a deletion (no
	 * after) every field it had.
	 */
	static List<Change> changes(JsonNode before, JsonNode after) {
		List<Change> changes = new ArrayList<>();
		compare("", absent(before) ? null : before, absent(after) ? null : after, changes);
		return changes;
	}

	private static void compare(String path, JsonNode before, JsonNode after, List<Change> changes) {
		if (isRecord(before) || isRecord(after)) {
			Set<String> names = new TreeSet<>(AuditDiff::byFormOrder);
			if (before != null) {
				names.addAll(before.propertyNames());
			}
			if (after != null) {
				names.addAll(after.propertyNames());
			}
			for (String name : names) {
				compare(path.isEmpty() ? name : path + "." + name, child(before, name), child(after, name), changes);
			}
			return;
		}
		String was = text(before);
		String is = text(after);
		if (!was.equals(is)) {
			changes.add(new Change(path, was, is));
		}
	}

	private static int byFormOrder(String a, String b) {
		int i = ORDER.indexOf(a);
		int j = ORDER.indexOf(b);
		i = (i < 0) ? ORDER.size() : i;
		j = (j < 0) ? ORDER.size() : j;
		return (i != j) ? Integer.compare(i, j) : a.compareTo(b);
	}

	/** An object whose fields are compared one by one (a calibration is one value). */
	private static boolean isRecord(JsonNode node) {
		return node != null && node.isObject() && !node.has("type");
	}

	private static JsonNode child(JsonNode node, String name) {
		if (node == null || !node.isObject()) {
			return null;
		}
		JsonNode child = node.get(name);
		return absent(child) ? null : child;
	}

	/** A value in words: a calibration by its kind and numbers, a list by its items. */
	static String text(JsonNode node) {
		if (absent(node)) {
			return NONE;
		}
		if (node.isObject() && node.has("type")) {
			return calibration(node);
		}
		if (node.isNumber()) {
			return CalibrationInput.format(node.asDouble());
		}
		if (node.isArray()) {
			List<String> items = new ArrayList<>();
			node.forEach((item) -> items.add(text(item)));
			return "[" + String.join(", ", items) + "]";
		}
		if (node.isObject()) {
			List<String> fields = new ArrayList<>();
			node.properties().forEach((field) -> fields.add(field.getKey() + " " + text(field.getValue())));
			return String.join(", ", fields);
		}
		return node.asString();
	}

	private static String calibration(JsonNode calibration) {
		String type = calibration.path("type").asString("");
		if (type.equals("POLYNOMIAL")) {
			return "polynomial " + CalibrationInput.coefficientsText(calibration);
		}
		if (type.equals("LOOKUP")) {
			List<String> points = new ArrayList<>();
			calibration.path("points")
				.forEach((p) -> points.add(CalibrationInput.format(p.path("raw").asDouble()) + "→"
						+ CalibrationInput.format(p.path("value").asDouble())));
			return "table " + String.join(", ", points);
		}
		return type.toLowerCase(Locale.ROOT);
	}

	private static boolean absent(JsonNode node) {
		return node == null || node.isNull() || node.isMissingNode();
	}

}
