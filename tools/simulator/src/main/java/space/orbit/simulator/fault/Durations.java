package space.orbit.simulator.fault;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Short durations as people type them: {@code 30s}, {@code 2m}, {@code 1h30m},
 * {@code 500ms}, {@code 1d} (or ISO-8601, {@code PT30S}).
 */
public final class Durations {

	private Durations() {
	}

	/**
	 * Parses a duration.
	 * @throws IllegalArgumentException with a message that shows the accepted forms
	 */
	public static Duration parse(String text) {
		String s = text.trim();
		if (s.toUpperCase().startsWith("P")) {
			try {
				return Duration.parse(s);
			}
			catch (DateTimeParseException ex) {
				throw invalid(text);
			}
		}
		Duration total = Duration.ZERO;
		int i = 0;
		while (i < s.length()) {
			int digits = i;
			while (i < s.length() && Character.isDigit(s.charAt(i))) {
				i++;
			}
			int unit = i;
			while (i < s.length() && Character.isLetter(s.charAt(i))) {
				i++;
			}
			if (digits == unit || unit == i || unit - digits > 9) {
				throw invalid(text);
			}
			total = total.plus(part(Long.parseLong(s.substring(digits, unit)), s.substring(unit, i), text));
		}
		if (s.isEmpty()) {
			throw invalid(text);
		}
		return total;
	}

	/** The shortest form {@link #parse} reads back: {@code 1m30s}, {@code 500ms}. */
	public static String format(Duration duration) {
		if (duration.isZero()) {
			return "0s";
		}
		StringBuilder text = new StringBuilder();
		long days = duration.toDaysPart();
		append(text, days, "d");
		append(text, duration.toHoursPart(), "h");
		append(text, duration.toMinutesPart(), "m");
		append(text, duration.toSecondsPart(), "s");
		append(text, duration.toMillisPart(), "ms");
		return text.toString();
	}

	private static void append(StringBuilder text, long value, String unit) {
		if (value != 0) {
			text.append(value).append(unit);
		}
	}

	private static Duration part(long value, String unit, String text) {
		return switch (unit) {
			case "ms" -> Duration.ofMillis(value);
			case "s" -> Duration.ofSeconds(value);
			case "m" -> Duration.ofMinutes(value);
			case "h" -> Duration.ofHours(value);
			case "d" -> Duration.ofDays(value);
			default -> throw invalid(text);
		};
	}

	private static IllegalArgumentException invalid(String text) {
		return new IllegalArgumentException(
				"'" + text + "' is not a duration: use a number and a unit (ms, s, m, h, d), e.g. 30s, 2m, 1h30m");
	}

}
