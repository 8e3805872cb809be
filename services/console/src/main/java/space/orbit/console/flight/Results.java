package space.orbit.console.flight;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/** How a job's result reads: instants to the second, numbers to a sensible precision. */
final class Results {

	private Results() {
	}

	/**
	 * An instant as operators read it: to the second (the worker answers nanoseconds).
	 */
	static String toSecond(String instant) {
		try {
			return Instant.parse(instant).truncatedTo(ChronoUnit.SECONDS).toString();
		}
		catch (DateTimeParseException ex) {
			return instant;
		}
	}

	static String fixed(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	static List<JsonNode> items(JsonNode array) {
		List<JsonNode> items = new ArrayList<>();
		array.forEach(items::add);
		return items;
	}

}
