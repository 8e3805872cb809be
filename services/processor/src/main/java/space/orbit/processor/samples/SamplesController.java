package space.orbit.processor.samples;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.kit.security.ViewerAccess;
import space.orbit.kit.web.InvalidParameterException;
import space.orbit.kit.web.Page;
import space.orbit.kit.web.PageLimit;

/**
 * {@code GET /api/v1/samples}: stored samples, oldest first, at most {@value #MAX_LIMIT}
 * a page, keyset-paged.
 */
@RestController
@RequestMapping("/api/v1/samples")
@ViewerAccess
@Tag(name = "Samples", description = "Processed telemetry as stored in PostgreSQL")
class SamplesController {

	static final int MAX_LIMIT = 10_000;

	static final Duration DEFAULT_RANGE = Duration.ofHours(24);

	private final SampleRepository samples;

	private final Clock clock;

	SamplesController(SampleRepository samples, Clock clock) {
		this.samples = samples;
		this.clock = clock;
	}

	@GetMapping
	@Operation(operationId = "listSamples", summary = "Stored samples in a time range, oldest first",
			description = "In (timestamp, spacecraftId, sequence, parameter) order, over [from, to) (default: the "
					+ "last 24 hours). Pass a page's 'next' as 'after' for the following page; 'next' is absent "
					+ "on the last page.")
	Page<Sample> listSamples(
			@Parameter(description = "Only this spacecraft's samples",
					example = "ORB-1") @RequestParam(required = false) String spacecraftId,
			@Parameter(description = "Only this parameter's samples",
					example = "EPS.BATTERY.VOLTAGE") @RequestParam(required = false) String parameter,
			@Parameter(description = "Start of the range, inclusive (ISO-8601 instant); default: 24 hours before 'to'",
					schema = @Schema(type = "string", format = "date-time"),
					example = "2026-11-21T00:00:00Z") @RequestParam(required = false) String from,
			@Parameter(description = "End of the range, exclusive (ISO-8601 instant); default: 5 minutes from now",
					schema = @Schema(type = "string", format = "date-time"),
					example = "2026-11-22T00:00:00Z") @RequestParam(required = false) String to,
			@Parameter(description = "Samples per page, 1 to " + MAX_LIMIT,
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_LIMIT,
							defaultValue = "1000"),
					example = "1000") @RequestParam(defaultValue = "1000") int limit,
			@Parameter(description = "The 'next' of the previous page, unchanged",
					example = "MjAyNi0xMS0yMVQxMDowMDowMC4wMDAwMDBaH09SQi0xHzQyH0VQUy5CQVRURVJZLlZPTFRBR0U") @RequestParam(
							required = false) String after) {
		PageLimit.check(limit, MAX_LIMIT);
		Instant end = (to != null) ? instant("to", to) : this.clock.instant().plus(Duration.ofMinutes(5));
		Instant start = (from != null) ? instant("from", from) : end.minus(DEFAULT_RANGE);
		if (!start.isBefore(end)) {
			throw new InvalidParameterException("from", "must be before 'to' (" + end + "), was " + start);
		}
		SampleQuery query = new SampleQuery(blankToNull(spacecraftId), blankToNull(parameter), start, end, limit + 1,
				(after != null) ? Sample.Key.of(after) : null);
		return Page.of(this.samples.find(query), limit, Sample::cursor);
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

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
