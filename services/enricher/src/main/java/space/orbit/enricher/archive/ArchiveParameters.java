package space.orbit.enricher.archive;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.convert.DurationStyle;
import space.orbit.enricher.EnricherProperties;
import space.orbit.kit.web.Cursor;
import space.orbit.kit.web.InvalidParameterException;

/**
 * The query parameters of {@code /api/v1/archive/*}, read and checked against
 * {@code orbit.enricher.query.*}: a bad one is a 400 {@code invalid-parameter} naming it
 * (and, for a bound, the maximum).
 */
final class ArchiveParameters {

	static final Duration DEFAULT_RANGE = Duration.ofHours(1);

	private final EnricherProperties.Query limits;

	private final Clock clock;

	ArchiveParameters(EnricherProperties.Query limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * The range {@code [from, to)}: by default the hour before now, at most max-range.
	 */
	ArchiveQuery query(String spacecraftId, String parameter, String from, String to) {
		notBlank("spacecraftId", spacecraftId);
		notBlank("parameter", parameter);
		Instant end = (to != null) ? instant("to", to) : this.clock.instant();
		Instant start = (from != null) ? instant("from", from) : end.minus(DEFAULT_RANGE);
		if (!start.isBefore(end)) {
			throw new InvalidParameterException("from", "must be before 'to' (" + end + "), was " + start);
		}
		Duration range = Duration.between(start, end);
		if (range.compareTo(this.limits.maxRange()) > 0) {
			throw new InvalidParameterException("from", "must be at most " + this.limits.maxRange()
					+ " (the longest range) before 'to', was " + range + " before it: query a shorter range");
		}
		return new ArchiveQuery(spacecraftId, parameter, micros(start), micros(end));
	}

	/**
	 * The step in micros: as given, else about default-steps of them (whole seconds);
	 * never more than max-steps steps over the range.
	 */
	long step(String step, ArchiveQuery query) {
		long rangeMicros = query.toMicros() - query.fromMicros();
		if (step == null || step.isBlank()) {
			long chosen = Math.ceilDiv(rangeMicros, this.limits.defaultSteps());
			return Math.ceilDiv(chosen, 1_000_000L) * 1_000_000L;
		}
		Duration parsed;
		try {
			parsed = DurationStyle.detectAndParse(step);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("step",
					"must be a duration such as 10s, 5m or PT1M, was '" + step + "'");
		}
		if (parsed.toMillis() < 1) {
			throw new InvalidParameterException("step", "must be at least 1ms, was '" + step + "'");
		}
		long stepMicros = parsed.toNanos() / 1_000L;
		long steps = Downsampler.stepCount(0, rangeMicros, stepMicros);
		if (steps > this.limits.maxSteps()) {
			Duration least = Duration.ofNanos(Math.ceilDiv(rangeMicros, this.limits.maxSteps()) * 1_000L);
			throw new InvalidParameterException("step",
					"cuts the range into " + steps + " steps, more than the maximum of " + this.limits.maxSteps()
							+ ": use a step of at least " + least);
		}
		return stepMicros;
	}

	/** The start of the step a page of steps ended with: one of the range's steps. */
	static Long stepCursor(String after, ArchiveQuery query, long step) {
		if (after == null) {
			return null;
		}
		List<String> parts = Cursor.decode(after, 1);
		long start;
		try {
			start = Long.parseLong(parts.getFirst());
		}
		catch (NumberFormatException ex) {
			start = Long.MIN_VALUE;
		}
		if (!query.contains(start) || (start - query.fromMicros()) % step != 0) {
			throw new InvalidParameterException("after", "is not a cursor of these steps: pass the 'next' of the "
					+ "previous page unchanged, with the same from, to and step");
		}
		return start;
	}

	/** An instant as epoch microseconds. */
	static long micros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
	}

	private static void notBlank(String name, String value) {
		if (value.isBlank()) {
			throw new InvalidParameterException(name, "must not be blank");
		}
	}

	private static Instant instant(String name, String value) {
		try {
			return Instant.parse(value);
		}
		catch (DateTimeException ex) {
			throw new InvalidParameterException(name,
					"must be an ISO-8601 instant such as 2026-11-21T10:00:00Z, was '" + value + "'");
		}
	}

}
