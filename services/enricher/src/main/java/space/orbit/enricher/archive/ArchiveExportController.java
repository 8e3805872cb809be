package space.orbit.enricher.archive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.enricher.EnricherProperties;
import space.orbit.kit.security.ViewerAccess;
import space.orbit.kit.web.InvalidParameterException;

/**
 * {@code GET /api/v1/archive/export}: several parameters' archive as CSV, streamed from
 * MongoDB cursors, the row count in a header before the rows (ADR 0022). Reads only: the
 * role viewer (ADR 0017).
 */
@RestController
@ViewerAccess
@RequestMapping("/api/v1/archive")
@Tag(name = "archive")
class ArchiveExportController {

	static final String ROW_COUNT = "X-Orbit-Row-Count";

	static final int MAX_PARAMETERS = 8;

	private static final Logger log = LoggerFactory.getLogger(ArchiveExportController.class);

	private final ArchiveExport export;

	private final ArchiveParameters parameters;

	private final int maxSteps;

	ArchiveExportController(ArchiveExport export, EnricherProperties properties, Clock clock) {
		this.export = export;
		this.parameters = new ArchiveParameters(properties.query(), clock);
		this.maxSteps = properties.query().maxSteps();
	}

	@GetMapping(path = "/export", produces = "text/csv")
	@Operation(operationId = "exportArchive", summary = "Parameters' archive as CSV, streamed",
			description = ArchiveDocs.EXPORT)
	@ApiResponse(responseCode = "200", description = "The CSV, a header line then the rows",
			headers = @Header(name = ROW_COUNT, description = "Rows after the header line, counted before sending",
					schema = @Schema(type = "integer", format = "int64", example = "1000000")),
			content = @Content(mediaType = "text/csv",
					schema = @Schema(type = "string",
							example = "timestamp,spacecraftId,parameter,sequence,raw,calibrated,unit\r\n"
									+ "2026-11-21T10:00:00.000000Z,ORB-1,EPS.BATTERY.VOLTAGE,42,2810,28.1,V\r\n")))
	@ApiResponse(responseCode = "400", description = ArchiveDocs.BAD_EXPORT)
	void export(@Parameter(description = ArchiveDocs.SPACECRAFT, example = "ORB-1") @RequestParam String spacecraftId,
			@Parameter(description = ArchiveDocs.EXPORT_PARAMETERS, examples = @ExampleObject(name = "two",
					value = "[\"EPS.BATTERY.VOLTAGE\", \"EPS.BATTERY.CURRENT\"]")) @RequestParam("parameter") List<String> names,
			@Parameter(description = ArchiveDocs.FROM, example = "2026-11-21T10:00:00Z",
					schema = @Schema(type = "string", format = "date-time")) @RequestParam(
							required = false) String from,
			@Parameter(description = ArchiveDocs.TO, example = "2026-11-21T11:00:00Z",
					schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String to,
			@Parameter(description = ArchiveDocs.EXPORT_STEP,
					example = "1m") @RequestParam(required = false) String step,
			HttpServletResponse response) throws IOException {
		List<ArchiveQuery> queries = queries(spacecraftId, names, from, to);
		String file = spacecraftId + "_" + ArchiveQueries.time(queries.getFirst().fromMicros()).replace(':', '-');
		if (step != null) {
			long stepMicros = this.parameters.step(step, queries.getFirst());
			List<ArchiveExport.StepRow> rows = ArchiveController
				.fromMongo(() -> this.export.steps(queries, stepMicros, this.maxSteps));
			try (Writer out = open(response, rows.size(), file + "_steps.csv")) {
				this.export.writeSteps(rows, out);
			}
			return;
		}
		long rows = ArchiveController.fromMongo(() -> this.export.countRaw(queries));
		Writer out = open(response, rows, file + ".csv");
		try {
			long written = this.export.writeRaw(queries, out);
			log.info("Exported {} rows of {} {} ({} counted before)", written, spacecraftId, names, rows);
			out.close();
		}
		catch (IOException ex) {
			// the client went away (a cancelled download): the cursors are closed
			log.info("Export of {} {} ended by the client: {}", spacecraftId, names, ex.toString());
		}
	}

	private List<ArchiveQuery> queries(String spacecraftId, List<String> names, String from, String to) {
		if (names.isEmpty()) {
			throw new InvalidParameterException("parameter", "is required: name 1 to " + MAX_PARAMETERS);
		}
		if (names.size() > MAX_PARAMETERS) {
			throw new InvalidParameterException("parameter",
					"names " + names.size() + " parameters, more than the maximum of " + MAX_PARAMETERS);
		}
		if (new LinkedHashSet<>(names).size() < names.size()) {
			throw new InvalidParameterException("parameter", "names a parameter twice: " + names);
		}
		List<ArchiveQuery> queries = new ArrayList<>();
		for (String name : names) {
			queries.add(this.parameters.query(spacecraftId, name, from, to));
		}
		return queries;
	}

	private static Writer open(HttpServletResponse response, long rows, String file) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(ROW_COUNT, Long.toString(rows));
		response.setHeader("Content-Disposition", "attachment; filename=\"" + file.replace('"', '_') + "\"");
		response.setHeader("Cache-Control", "no-store");
		return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
				64 * 1024);
	}

}
