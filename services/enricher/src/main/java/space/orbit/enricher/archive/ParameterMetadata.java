package space.orbit.enricher.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the registry said about a parameter when its bucket was last written.
 *
 * @param known whether the registry defines it
 * @param missionId the spacecraft's mission
 * @param subsystem the subsystem
 * @param unit the engineering unit
 * @param derived whether the enricher computed it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ArchivedParameter",
		description = "What the mission database said about the parameter when it was last archived")
record ParameterMetadata(
		@Schema(description = "Whether the mission database defines the parameter for the spacecraft's mission",
				example = "true") boolean known,
		@Schema(description = "The spacecraft's mission; absent for an unknown spacecraft",
				example = "DEMO") String missionId,
		@Schema(description = "The parameter's subsystem", example = "EPS") String subsystem,
		@Schema(description = "The engineering unit", example = "V") String unit,
		@Schema(description = "Whether the enricher computes it from other parameters",
				example = "false") boolean derived) {
}
