package space.orbit.worker.orbits;

import java.util.List;

/**
 * The result of a conjunction screening.
 *
 * @param conjunctions every close approach under the threshold, by TCA
 * @param objects objects in the catalog
 * @param filteredByAltitude objects whose perigee-apogee band meets no other object's
 * (never screened further)
 * @param candidates pair and time-step candidates refined
 * @param failed objects SGP4 could not propagate over the window (left out), with why
 */
public record Screening(List<Conjunction> conjunctions, int objects, int filteredByAltitude, long candidates,
		List<String> failed) {
}
