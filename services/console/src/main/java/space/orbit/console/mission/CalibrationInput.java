package space.orbit.console.mission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A calibration as the operator types it, checked as the processor checks it (ADR 0008,
 * libs/registry-model {@code Calibrations}): a polynomial of 1 to 8 finite coefficients,
 * c0 first; a lookup table of 2 to 1,024 finite points, one {@code raw, value} a line,
 * raw strictly increasing.
 */
final class CalibrationInput {

	static final int MAX_COEFFICIENTS = 8;

	static final int MAX_POINTS = 1_024;

	/** Numbers are separated by commas, semicolons, tabs or spaces (pasted tables). */
	private static final String SEPARATORS = "[,;\\s]+";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private CalibrationInput() {
	}

	/** The calibration the text stands for, or what is wrong with it. */
	record Result(JsonNode calibration, String problem) {

		boolean valid() {
			return this.problem == null;
		}

		static Result wrong(String problem) {
			return new Result(null, problem);
		}

	}

	/** A polynomial from its coefficients, c0 first ("0.5, 2" is 0.5 + 2 raw). */
	static Result polynomial(String text) {
		String[] tokens = tokens(text);
		if (tokens.length == 0 || tokens.length > MAX_COEFFICIENTS) {
			return Result.wrong("A polynomial has 1 to " + MAX_COEFFICIENTS + " coefficients, c0 first (had "
					+ tokens.length + ").");
		}
		ObjectNode calibration = NODES.objectNode().put("type", "POLYNOMIAL");
		ArrayNode coefficients = calibration.putArray("coefficients");
		for (int i = 0; i < tokens.length; i++) {
			Double value = number(tokens[i]);
			if (value == null) {
				return Result.wrong("Coefficient c" + i + " '" + tokens[i] + "' is not a finite number.");
			}
			coefficients.add(value);
		}
		return new Result(calibration, null);
	}

	/**
	 * A lookup table from its lines, each {@code raw, value}; blank lines are skipped.
	 */
	static Result table(String text) {
		ObjectNode calibration = NODES.objectNode().put("type", "LOOKUP");
		ArrayNode points = calibration.putArray("points");
		Double previous = null;
		String[] lines = (text != null) ? text.split("\\R") : new String[0];
		for (int line = 1; line <= lines.length; line++) {
			String[] tokens = tokens(lines[line - 1]);
			if (tokens.length == 0) {
				continue;
			}
			Double raw = (tokens.length == 2) ? number(tokens[0]) : null;
			Double value = (tokens.length == 2) ? number(tokens[1]) : null;
			if (raw == null || value == null) {
				return Result.wrong(
						"Line " + line + " '" + lines[line - 1].strip() + "' is not 'raw, value': two finite numbers.");
			}
			if (previous != null && raw <= previous) {
				return Result.wrong("Line " + line + ": raw " + format(raw) + " follows " + format(previous)
						+ ": raw values must increase strictly.");
			}
			previous = raw;
			points.addObject().put("raw", raw).put("value", value);
		}
		if (points.size() < 2 || points.size() > MAX_POINTS) {
			return Result.wrong("A lookup table has 2 to " + MAX_POINTS + " points, one 'raw, value' a line (had "
					+ points.size() + ").");
		}
		return new Result(calibration, null);
	}

	/** The coefficients of a polynomial calibration as the form shows them. */
	static String coefficientsText(JsonNode calibration) {
		List<String> values = new ArrayList<>();
		calibration.path("coefficients").forEach((c) -> values.add(format(c.asDouble())));
		return String.join(", ", values);
	}

	/** The points of a lookup table as the form shows them, one a line. */
	static String pointsText(JsonNode calibration) {
		List<String> lines = new ArrayList<>();
		calibration.path("points")
			.forEach((p) -> lines.add(format(p.path("raw").asDouble()) + ", " + format(p.path("value").asDouble())));
		return String.join("\n", lines);
	}

	/** A number as an operator writes it: 2 rather than 2.0. */
	static String format(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return Double.toString(value).toLowerCase(Locale.ROOT);
	}

	private static String[] tokens(String text) {
		String stripped = (text != null) ? text.strip() : "";
		return stripped.isEmpty() ? new String[0] : stripped.split(SEPARATORS);
	}

	private static Double number(String token) {
		try {
			double value = Double.parseDouble(token);
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
