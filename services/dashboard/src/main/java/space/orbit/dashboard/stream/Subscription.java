package space.orbit.dashboard.stream;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import space.orbit.dashboard.DashboardProperties;
import space.orbit.kit.web.InvalidParameterException;

/**
 * What one client shows: spacecraft (none named: all), parameters (charted as columns),
 * and a window of {@code width} pixel columns, each {@code window / width} long.
 *
 * @param spacecraft the spacecraft, empty for all
 * @param parameters the parameters to chart
 * @param window the chart's time span
 * @param width the chart's width in pixel columns
 */
record Subscription(Set<String> spacecraft, Set<String> parameters, Duration window, int width) {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:*-]{1,128}");

	static final Duration MIN_WINDOW = Duration.ofSeconds(1);

	static final Duration MAX_WINDOW = Duration.ofDays(31);

	/** How long one pixel column is: at least a millisecond. */
	long columnMillis() {
		return Math.max(1, this.window.toMillis() / this.width);
	}

	boolean wants(String spacecraftId) {
		return this.spacecraft.isEmpty() || this.spacecraft.contains(spacecraftId);
	}

	/**
	 * Reads the query parameters.
	 * @throws InvalidParameterException naming the first wrong one
	 */
	static Subscription parse(String spacecraft, String parameters, String window, int width,
			DashboardProperties.Stream limits) {
		Set<String> ids = names("spacecraft", spacecraft, limits.maxSpacecraft());
		Set<String> names = names("parameters", parameters, limits.maxParameters());
		Duration span;
		try {
			span = Duration.parse(window);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException("window", "must be an ISO-8601 duration such as PT5M");
		}
		if (span.compareTo(MIN_WINDOW) < 0 || span.compareTo(MAX_WINDOW) > 0) {
			throw new InvalidParameterException("window", "must lie between PT1S and P31D");
		}
		if (width < 10 || width > limits.maxWidth()) {
			throw new InvalidParameterException("width",
					"must lie between 10 and " + limits.maxWidth() + " (orbit.dashboard.stream.max-width)");
		}
		return new Subscription(ids, names, span, width);
	}

	private static Set<String> names(String parameter, String text, int max) {
		Set<String> result = new LinkedHashSet<>();
		if (text == null || text.isBlank()) {
			return result;
		}
		for (String name : Arrays.stream(text.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList()) {
			if (!NAME.matcher(name).matches()) {
				throw new InvalidParameterException(parameter,
						"must be a comma-separated list of names of letters, digits, '.', '_', '-' or ':'");
			}
			result.add(name);
		}
		if (result.size() > max) {
			throw new InvalidParameterException(parameter, "names at most " + max + " at once");
		}
		return Set.copyOf(result);
	}

}
