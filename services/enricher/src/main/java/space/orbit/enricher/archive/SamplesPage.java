package space.orbit.enricher.archive;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of {@code GET /api/v1/archive/samples}: raw samples in time order, and the
 * cursor of the next page.
 *
 * @param spacecraftId the spacecraft
 * @param parameter the parameter
 * @param from the range's start (inclusive), as resolved
 * @param to the range's end (exclusive), as resolved
 * @param metadata what the registry said about the parameter; absent when nothing was
 * read
 * @param items the samples, in time (then sequence) order
 * @param next the {@code after} of the next page; absent on the last
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ArchivedSamples", description = "A page of raw archived samples")
record SamplesPage(@Schema(example = "ORB-1") String spacecraftId,
		@Schema(example = "EPS.BATTERY.VOLTAGE") String parameter,
		@Schema(description = "The range's start (inclusive), as resolved: pass it again with 'after'",
				format = "date-time", example = "2026-11-21T10:00:00.000000Z") String from,
		@Schema(description = "The range's end (exclusive), as resolved: pass it again with 'after'",
				format = "date-time", example = "2026-11-21T11:00:00.000000Z") String to,
		ParameterMetadata metadata, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Sample> items,
		@Schema(description = "Pass as 'after' for the next page; absent on the last page",
				example = "MTc5NTI1NzAwMDAwMDAwMB80Mg") String next) {

	/**
	 * A raw sample.
	 *
	 * @param timestamp its frame's timestamp
	 * @param sequence its frame's sequence number
	 * @param raw the value as sent; absent for a derived parameter
	 * @param eng the engineering value; absent for booleans and strings
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "ArchivedSample", description = "One archived sample")
	record Sample(@Schema(description = "Its frame's timestamp", format = "date-time",
			example = "2026-11-21T10:30:00.000000Z", requiredMode = Schema.RequiredMode.REQUIRED) String timestamp,
			@Schema(description = "Its frame's sequence number", example = "42",
					requiredMode = Schema.RequiredMode.REQUIRED) long sequence,
			@Schema(description = "The value as sent: a number, a boolean or a string; absent for a derived parameter",
					types = {
							"number", "boolean", "string" },
					example = "2810") Object raw,
			@Schema(description = "The engineering value (calibrated); absent for booleans and strings",
					example = "28.1") Double eng){
	}

}
