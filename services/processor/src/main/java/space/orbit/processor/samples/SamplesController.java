package space.orbit.processor.samples;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/samples}: stored samples, oldest first, at most {@value #MAX_LIMIT}
 * a page.
 */
@RestController
@RequestMapping("/api/v1/samples")
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
	@Operation(summary = "Stored samples in a time range",
			description = "Oldest first. Follow 'next' with after= for the following page; the range defaults to the last 24 hours.")
	SamplePage find(@RequestParam(required = false) String spacecraftId,
			@RequestParam(required = false) String parameter,
			@Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(required = false) String from,
			@Parameter(description = "ISO-8601 instant, exclusive") @RequestParam(required = false) String to,
			@Parameter(description = "1 to 10000, default 1000") @RequestParam(defaultValue = "1000") int limit,
			@Parameter(description = "the 'next' cursor of the previous page") @RequestParam(
					required = false) String after) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidQueryException("limit",
					"'limit' must be between 1 and " + MAX_LIMIT + ", was " + limit + ".");
		}
		Instant end = (to != null) ? instant("to", to) : this.clock.instant().plus(Duration.ofMinutes(5));
		Instant start = (from != null) ? instant("from", from) : end.minus(DEFAULT_RANGE);
		if (!start.isBefore(end)) {
			throw new InvalidQueryException("from", "'from' (" + start + ") must be before 'to' (" + end + ").");
		}
		SampleQuery query = new SampleQuery(blankToNull(spacecraftId), blankToNull(parameter), start, end, limit,
				(after != null) ? Cursor.decode(after) : null);
		List<Sample> page = this.samples.find(query);
		String next = null;
		if (page.size() == limit) {
			Sample last = page.get(page.size() - 1);
			next = new Cursor(Instant.parse(last.timestamp()), last.spacecraftId(), last.sequence(), last.parameter())
				.encode();
		}
		return new SamplePage(page, page.size(), next);
	}

	private static Instant instant(String name, String value) {
		try {
			return Instant.parse(value);
		}
		catch (DateTimeException ex) {
			throw new InvalidQueryException(name,
					"'" + name + "' must be an ISO-8601 instant such as 2026-11-21T10:00:00Z, was '" + value + "'.");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
