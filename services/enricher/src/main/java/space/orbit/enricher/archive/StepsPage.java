package space.orbit.enricher.archive;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of {@code GET /api/v1/archive/steps}: the non-empty steps in time order, and the
 * cursor of the next page when the answer was cut at {@code limit}.
 *
 * @param spacecraftId the spacecraft
 * @param parameter the parameter
 * @param from the range's start (inclusive), as resolved
 * @param to the range's end (exclusive), as resolved
 * @param step the step, ISO-8601, as given or chosen
 * @param metadata what the registry said about the parameter; absent when nothing was
 * read
 * @param items the non-empty steps, in time order
 * @param next the {@code after} of the next page; absent on the last
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ArchivedSteps", description = "A parameter's archive downsampled per step")
record StepsPage(@Schema(example = "ORB-1") String spacecraftId,
		@Schema(example = "EPS.BATTERY.VOLTAGE") String parameter,
		@Schema(description = "The range's start (inclusive), as resolved: steps are aligned on it",
				format = "date-time", example = "2026-11-21T10:00:00.000000Z") String from,
		@Schema(description = "The range's end (exclusive), as resolved", format = "date-time",
				example = "2026-11-21T11:00:00.000000Z") String to,
		@Schema(description = "The step, ISO-8601, as given or chosen", example = "PT1M") String step,
		ParameterMetadata metadata, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Step> items,
		@Schema(description = "Pass as 'after' for the next page; absent on the last page",
				example = "MTc5NTI1NzAwMDAwMDAwMA") String next) {

	/**
	 * A step.
	 *
	 * @param from its start
	 * @param count samples in it
	 * @param min the least engineering value
	 * @param max the greatest
	 * @param avg the mean
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "ArchivedStep", description = "The samples of one step: how many, and their engineering values' "
			+ "least, greatest and mean (absent when none is a number)")
	record Step(
			@Schema(description = "The step's start", format = "date-time", example = "2026-11-21T10:30:00.000000Z",
					requiredMode = Schema.RequiredMode.REQUIRED) String from,
			@Schema(description = "Samples in the step", example = "60",
					requiredMode = Schema.RequiredMode.REQUIRED) long count,
			@Schema(example = "27.95") Double min, @Schema(example = "28.31") Double max,
			@Schema(example = "28.12") Double avg) {
	}

}
