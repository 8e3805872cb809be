package space.orbit.enricher.archive;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of {@code GET /api/v1/archive}: raw samples ({@code mode = raw}) or steps
 * ({@code mode = steps}), with what the registry says about the parameter.
 *
 * @param spacecraftId the spacecraft
 * @param parameter the parameter
 * @param from the range's start (inclusive)
 * @param to the range's end (exclusive)
 * @param mode {@code raw} or {@code steps}
 * @param step the step, ISO-8601, in steps mode
 * @param known whether the registry defines the parameter (null when nothing was found)
 * @param missionId the spacecraft's mission
 * @param subsystem the parameter's subsystem
 * @param unit its engineering unit
 * @param derived whether the enricher computes it
 * @param count samples (raw mode) or non-empty steps (steps mode) in the answer
 * @param truncated raw mode: more samples lie in the range than the answer holds
 * @param next raw mode, when truncated: the {@code from} that continues the answer
 * @param samples raw mode: samples in time order
 * @param steps steps mode: the non-empty steps in time order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ArchiveAnswer(String spacecraftId, String parameter, String from, String to, String mode, String step,
		Boolean known, String missionId, String subsystem, String unit, Boolean derived, int count, Boolean truncated,
		String next, List<Sample> samples, List<Step> steps) {

	/**
	 * A raw sample.
	 *
	 * @param timestamp its frame's timestamp
	 * @param sequence its frame's sequence number
	 * @param raw the value as sent
	 * @param eng the engineering value
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Sample(String timestamp, long sequence, Object raw, Double eng) {
	}

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
	record Step(String from, long count, Double min, Double max, Double avg) {
	}

}
