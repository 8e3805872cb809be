package space.orbit.dashboard.pipeline;

import java.util.OptionalDouble;

/**
 * One scrape of a service's {@code /metrics} (the Prometheus text format), read for the
 * few series the strip needs: the sum of a counter's series, the largest of a gauge's.
 */
record PrometheusText(String text) {

	/** The sum over every series of {@code name} (all labels); empty when it has none. */
	OptionalDouble sum(String name) {
		return values(name).reduce(Double::sum);
	}

	/** The largest value over the series of {@code name}; NaN values are left out. */
	OptionalDouble max(String name) {
		return values(name).reduce(Math::max);
	}

	private java.util.stream.DoubleStream values(String name) {
		return this.text.lines()
			.filter((line) -> line.startsWith(name) && !line.startsWith("#"))
			.filter((line) -> line.length() > name.length()
					&& (line.charAt(name.length()) == '{' || line.charAt(name.length()) == ' '))
			.mapToDouble(PrometheusText::value)
			.filter((value) -> !Double.isNaN(value));
	}

	private static double value(String line) {
		int labels = line.lastIndexOf('}');
		String rest = line.substring((labels >= 0) ? labels + 1 : line.indexOf(' ')).strip();
		int space = rest.indexOf(' ');
		try {
			return Double.parseDouble((space >= 0) ? rest.substring(0, space) : rest);
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

}
