package space.orbit.simulator.send;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP date. */
final class RetryAfter {

	private RetryAfter() {
	}

	static Optional<Duration> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String text = value.trim();
		try {
			long seconds = Long.parseLong(text);
			return (seconds >= 0) ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			// not delay-seconds: an HTTP date
		}
		try {
			Instant until = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration wait = Duration.between(Instant.now(), until);
			return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
