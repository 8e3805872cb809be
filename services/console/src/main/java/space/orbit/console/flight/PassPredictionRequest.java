package space.orbit.console.flight;

import java.time.Instant;
import java.util.List;

/**
 * The worker's PASS_PREDICTION job: a spacecraft of the mission database over ground
 * stations.
 */
record PassPredictionRequest(String type, String spacecraftId, Instant start, Instant end, List<Station> stations) {

	PassPredictionRequest(String spacecraftId, Instant start, Instant end, List<Station> stations) {
		this("PASS_PREDICTION", spacecraftId, start, end, stations);
	}

	/**
	 * A ground station: degrees, metres and the lowest elevation that counts, degrees.
	 */
	record Station(String name, double latitude, double longitude, double altitude, double minElevation) {
	}

}
