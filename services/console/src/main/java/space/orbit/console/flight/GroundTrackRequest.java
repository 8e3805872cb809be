package space.orbit.console.flight;

import java.time.Instant;

/**
 * The worker's GROUND_TRACK job: sub-satellite points of a spacecraft of the mission
 * database every {@code stepSeconds}.
 */
record GroundTrackRequest(String type, String spacecraftId, Instant start, Instant end, double stepSeconds) {

	GroundTrackRequest(String spacecraftId, Instant start, Instant end, double stepSeconds) {
		this("GROUND_TRACK", spacecraftId, start, end, stepSeconds);
	}

}
