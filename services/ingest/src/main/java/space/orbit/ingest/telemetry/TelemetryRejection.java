package space.orbit.ingest.telemetry;

import java.util.List;

import space.orbit.kit.web.InvalidRequestException;
import space.orbit.kit.web.ProblemError;
import space.orbit.telemetry.FrameReader;
import space.orbit.telemetry.ParsedTelemetry;

/**
 * Invalid telemetry as the kit's 422 {@code invalid-request}: each violation an error at
 * its JSON Pointer with its reason, at most {@link FrameReader#MAX_REPORTED_VIOLATIONS}
 * of them, {@code errorCount} counting all.
 */
final class TelemetryRejection {

	private TelemetryRejection() {
	}

	static InvalidRequestException invalid(ParsedTelemetry parsed) {
		List<ProblemError> errors = parsed.violations()
			.stream()
			.map((v) -> ProblemError.at(v.pointer(), v.reason().tag(), v.detail()))
			.toList();
		ProblemError first = errors.get(0);
		String detail = parsed.violationCount() + " invalid value(s) in the request, the first at '" + first.pointer()
				+ "': " + first.detail() + " Nothing was accepted.";
		InvalidRequestException invalid = new InvalidRequestException(detail, errors);
		invalid.with("errorCount", parsed.violationCount());
		return invalid;
	}

}
