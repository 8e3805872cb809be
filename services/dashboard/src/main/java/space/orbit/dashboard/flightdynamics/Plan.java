package space.orbit.dashboard.flightdynamics;

import java.time.Instant;
import java.util.List;

/**
 * What the planner knows of one spacecraft: its latest ground track and passes (kept when
 * a later refresh fails) and the latest error, if any.
 *
 * @param spacecraftId the spacecraft
 * @param computedAt when the worker's jobs were submitted; null before the first result
 * @param trackJobId the ground track's job
 * @param track the sub-satellite points, past and next
 * @param passJobId the pass prediction's job
 * @param passes the passes over the ground stations, by AOS
 * @param error why the latest refresh failed, or null
 */
record Plan(String spacecraftId, Instant computedAt, String trackJobId, List<TrackPoint> track, String passJobId,
		List<Pass> passes, String error) {

	static Plan empty(String spacecraftId) {
		return new Plan(spacecraftId, null, null, List.of(), null, List.of(), null);
	}

	Plan withError(String error) {
		return new Plan(this.spacecraftId, this.computedAt, this.trackJobId, this.track, this.passJobId, this.passes,
				error);
	}

}
