package space.orbit.console.flight;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The worker's CONJUNCTION_SCREENING job: every approach closer than {@code thresholdKm}
 * among spacecraft of the mission database and objects given by their TLE.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ConjunctionScreeningRequest(String type, List<String> spacecraftIds, List<CatalogEntry> objects, Instant start,
		Instant end, double thresholdKm) {

	ConjunctionScreeningRequest(List<String> spacecraftIds, List<CatalogEntry> objects, Instant start, Instant end,
			double thresholdKm) {
		this("CONJUNCTION_SCREENING", spacecraftIds, objects, start, end, thresholdKm);
	}

	/** An object of the catalog given inline: its name in the results and its TLE. */
	record CatalogEntry(String id, Tle tle) {
	}

	/** A two-line element set. */
	record Tle(String line1, String line2) {
	}

}
