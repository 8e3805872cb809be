package space.orbit.enricher.archive;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.enricher.EnricherProperties;
import space.orbit.telemetry.TelemetryRecordReader;

/**
 * {@code GET /api/v1/archive}: a parameter's archived history over {@code [from, to)},
 * raw for short ranges, else (or with a {@code step}) min/max/avg/count per step; always
 * bounded by {@code orbit.enricher.query.*}.
 */
@RestController
@RequestMapping("/api/v1/archive")
class ArchiveController {

	static final Duration DEFAULT_RANGE = Duration.ofHours(1);

	private final ArchiveQueries queries;

	private final EnricherProperties.Query limits;

	private final Clock clock;

	ArchiveController(ArchiveQueries queries, EnricherProperties properties, Clock clock) {
		this.queries = queries;
		this.limits = properties.query();
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Archived history of one parameter",
			description = "Raw samples when the range is at most orbit.enricher.query.max-raw-range and no step is given; "
					+ "otherwise count/min/max/avg of engineering values per step (steps aligned on 'from', empty ones left out).")
	ArchiveAnswer find(@RequestParam String spacecraftId, @RequestParam String parameter,
			@Parameter(description = "ISO-8601 instant, inclusive; default: an hour before 'to'") @RequestParam(
					required = false) String from,
			@Parameter(description = "ISO-8601 instant, exclusive; default: now") @RequestParam(
					required = false) String to,
			@Parameter(description = "a duration such as 10s, 5m, 1h or PT1M; default: raw samples for short ranges, "
					+ "about 1000 steps for long ones") @RequestParam(required = false) String step) {
		if (spacecraftId.isBlank() || parameter.isBlank()) {
			throw InvalidQueryException.malformed(spacecraftId.isBlank() ? "spacecraftId" : "parameter",
					"'spacecraftId' and 'parameter' are required.");
		}
		Instant end = (to != null) ? instant("to", to) : this.clock.instant();
		Instant start = (from != null) ? instant("from", from) : end.minus(DEFAULT_RANGE);
		if (!start.isBefore(end)) {
			throw InvalidQueryException.malformed("from", "'from' (" + start + ") must be before 'to' (" + end + ").");
		}
		Duration range = Duration.between(start, end);
		if (range.compareTo(this.limits.maxRange()) > 0) {
			throw InvalidQueryException.beyondLimit("from",
					"The range " + range + " is longer than " + this.limits.maxRange() + ": query a shorter one.",
					"orbit.enricher.query.max-range", this.limits.maxRange().toString());
		}
		long stepMicros = stepMicros(step, range);
		return this.queries.answer(new ArchiveQuery(spacecraftId, parameter, TelemetryRecordReader.micros(start),
				TelemetryRecordReader.micros(end), stepMicros, this.limits.maxRawSamples()));
	}

	private long stepMicros(String step, Duration range) {
		long rangeMicros = range.toNanos() / 1_000L;
		if (step == null || step.isBlank()) {
			if (range.compareTo(this.limits.maxRawRange()) <= 0) {
				return 0;
			}
			long chosen = Math.ceilDiv(rangeMicros, this.limits.defaultSteps());
			return Math.ceilDiv(chosen, 1_000_000L) * 1_000_000L;
		}
		Duration parsed;
		try {
			parsed = DurationStyle.detectAndParse(step);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidQueryException.malformed("step",
					"'step' must be a duration such as 10s, 5m or PT1M, was '" + step + "'.");
		}
		if (parsed.toMillis() < 1) {
			throw InvalidQueryException.malformed("step", "'step' must be at least 1 ms, was '" + step + "'.");
		}
		long stepMicros = parsed.toNanos() / 1_000L;
		long steps = Downsampler.stepCount(0, rangeMicros, stepMicros);
		if (steps > this.limits.maxSteps()) {
			throw InvalidQueryException.beyondLimit("step",
					"A step of " + parsed + " cuts the range into " + steps + " steps, more than "
							+ this.limits.maxSteps() + ": use a step of at least "
							+ Duration.ofNanos(Math.ceilDiv(rangeMicros, this.limits.maxSteps()) * 1_000L) + ".",
					"orbit.enricher.query.max-steps", this.limits.maxSteps());
		}
		return stepMicros;
	}

	private static Instant instant(String name, String value) {
		try {
			return Instant.parse(value);
		}
		catch (DateTimeException ex) {
			throw InvalidQueryException.malformed(name,
					"'" + name + "' must be an ISO-8601 instant such as 2026-11-21T10:00:00Z, was '" + value + "'.");
		}
	}

}
