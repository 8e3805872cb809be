package space.orbit.enricher.archive;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.enricher.EnricherProperties;
import space.orbit.kit.security.ViewerAccess;
import space.orbit.kit.web.DependencyUnavailableException;
import space.orbit.kit.web.PageLimit;

/**
 * {@code GET /api/v1/archive/samples} (raw, paged) and {@code GET /api/v1/archive/steps}
 * (downsampled): a parameter's archived history over {@code [from, to)}, bounded by
 * {@code orbit.enricher.query.*}. Reads only: the role viewer (ADR 0017).
 */
@RestController
@ViewerAccess
@RequestMapping("/api/v1/archive")
@Tag(name = "archive", description = "Calibrated telemetry archived in MongoDB segments, raw or downsampled")
class ArchiveController {

	static final int DEFAULT_SAMPLES = 1_000;

	private static final Duration MONGO_RETRY = Duration.ofSeconds(5);

	private final ArchiveQueries queries;

	private final ArchiveParameters parameters;

	private final EnricherProperties.Query limits;

	ArchiveController(ArchiveQueries queries, EnricherProperties properties, Clock clock) {
		this.queries = queries;
		this.limits = properties.query();
		this.parameters = new ArchiveParameters(this.limits, clock);
	}

	@GetMapping("/samples")
	@Operation(operationId = "listArchivedSamples", summary = "Raw archived samples of one parameter, paged",
			description = ArchiveDocs.SAMPLES)
	@ApiResponse(responseCode = "200", description = "A page of samples in time order; 'next' when more follow")
	@ApiResponse(responseCode = "400", description = ArchiveDocs.BAD_SAMPLES)
	SamplesPage samples(
			@Parameter(description = ArchiveDocs.SPACECRAFT, example = "ORB-1") @RequestParam String spacecraftId,
			@Parameter(description = ArchiveDocs.PARAMETER,
					example = "EPS.BATTERY.VOLTAGE") @RequestParam String parameter,
			@Parameter(description = ArchiveDocs.FROM, example = "2026-11-21T10:00:00Z",
					schema = @Schema(type = "string", format = "date-time")) @RequestParam(
							required = false) String from,
			@Parameter(description = ArchiveDocs.TO, example = "2026-11-21T11:00:00Z",
					schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String to,
			@Parameter(description = ArchiveDocs.SAMPLES_LIMIT,
					example = "1000") @RequestParam(required = false) Integer limit,
			@Parameter(description = ArchiveDocs.SAMPLES_AFTER,
					example = "MTc5NTI1NzAwMDAwMDAwMB80Mg") @RequestParam(required = false) String after) {
		ArchiveQuery query = this.parameters.query(spacecraftId, parameter, from, to);
		int max = this.limits.maxRawSamples();
		int pageSize = PageLimit.check((limit != null) ? limit : Math.min(DEFAULT_SAMPLES, max), max);
		SampleCursor cursor = (after != null) ? SampleCursor.parse(after) : null;
		return fromMongo(() -> this.queries.samples(query, cursor, pageSize));
	}

	@GetMapping("/steps")
	@Operation(operationId = "listArchivedSteps", summary = "One parameter's archive downsampled per step",
			description = ArchiveDocs.STEPS)
	@ApiResponse(responseCode = "200", description = "The non-empty steps in time order; 'next' when cut at 'limit'")
	@ApiResponse(responseCode = "400", description = ArchiveDocs.BAD_STEPS)
	StepsPage steps(
			@Parameter(description = ArchiveDocs.SPACECRAFT, example = "ORB-1") @RequestParam String spacecraftId,
			@Parameter(description = ArchiveDocs.PARAMETER,
					example = "EPS.BATTERY.VOLTAGE") @RequestParam String parameter,
			@Parameter(description = ArchiveDocs.FROM, example = "2026-11-21T10:00:00Z",
					schema = @Schema(type = "string", format = "date-time")) @RequestParam(
							required = false) String from,
			@Parameter(description = ArchiveDocs.TO, example = "2026-11-21T11:00:00Z",
					schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String to,
			@Parameter(description = ArchiveDocs.STEP, example = "1m") @RequestParam(required = false) String step,
			@Parameter(description = ArchiveDocs.STEPS_LIMIT,
					example = "1000") @RequestParam(required = false) Integer limit,
			@Parameter(description = ArchiveDocs.STEPS_AFTER,
					example = "MTc5NTI1NzAwMDAwMDAwMA") @RequestParam(required = false) String after) {
		ArchiveQuery query = this.parameters.query(spacecraftId, parameter, from, to);
		long stepMicros = this.parameters.step(step, query);
		int max = this.limits.maxSteps();
		int pageSize = PageLimit.check((limit != null) ? limit : max, max);
		Long cursor = ArchiveParameters.stepCursor(after, query, stepMicros);
		return fromMongo(() -> this.queries.steps(query, stepMicros, cursor, pageSize));
	}

	/**
	 * A read of the archive (before the first byte of an answer); MongoDB out of reach is
	 * a 503 to retry, not a 500.
	 */
	static <T> T fromMongo(Supplier<T> read) {
		try {
			return read.get();
		}
		catch (MongoTimeoutException | MongoSocketException ex) {
			throw new DependencyUnavailableException("mongodb",
					"MongoDB does not answer; nothing was read: retry after " + MONGO_RETRY.toSeconds() + " s.",
					MONGO_RETRY, ex);
		}
	}

}
