package space.orbit.dashboard.flightdynamics;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.dashboard.DashboardProperties;
import space.orbit.kit.security.ViewerAccess;

/**
 * The planner's latest ground tracks and passes, for the map and the passes timeline;
 * what the worker computed, with the planner's state (a worker that does not answer is a
 * 200 that says so, never a 5xx: the page shows it).
 */
@RestController
@ViewerAccess
@RequestMapping("/api/v1")
@Tag(name = "flight-dynamics",
		description = "Ground tracks and passes, computed by the worker for each spacecraft heard")
class FlightDynamicsController {

	private final FlightDynamicsPlanner planner;

	private final DashboardProperties.FlightDynamics settings;

	FlightDynamicsController(FlightDynamicsPlanner planner, DashboardProperties properties) {
		this.planner = planner;
		this.settings = properties.flightDynamics();
	}

	@GetMapping("/tracks")
	@Operation(operationId = "tracks", summary = "Each spacecraft's ground track, past and next orbits",
			description = "The worker's GROUND_TRACK for each spacecraft heard, refreshed every "
					+ "orbit.dashboard.flight-dynamics.refresh; 'status' says whether the worker answers")
	@ApiResponse(responseCode = "200", description = "The tracks and the planner's state")
	@ApiResponse(responseCode = "406", description = "The Accept header does not take JSON")
	TracksPage tracks() {
		return new TracksPage(status(),
				this.planner.plans()
					.stream()
					.map((plan) -> new Track(plan.spacecraftId(), plan.computedAt(), plan.trackJobId(), plan.error(),
							plan.track()))
					.toList());
	}

	@GetMapping("/passes")
	@Operation(operationId = "passes", summary = "Upcoming passes over the ground stations",
			description = "The worker's PASS_PREDICTION for each spacecraft heard over orbit.dashboard.ground-stations, "
					+ "the next orbit.dashboard.flight-dynamics.pass-horizon, by AOS")
	@ApiResponse(responseCode = "200", description = "The stations, their passes and the planner's state")
	@ApiResponse(responseCode = "406", description = "The Accept header does not take JSON")
	PassesPage passes() {
		List<Plan> plans = this.planner.plans();
		return new PassesPage(status(), this.planner.stations(),
				plans.stream()
					.flatMap((plan) -> plan.passes().stream())
					.sorted(Comparator.comparing(Pass::aos))
					.toList(),
				plans.stream()
					.filter((plan) -> plan.error() != null)
					.map((plan) -> plan.spacecraftId() + ": " + plan.error())
					.toList());
	}

	private PlannerStatus status() {
		if (!this.settings.enabled()) {
			return new PlannerStatus(PlannerStatus.OFF,
					"Flight dynamics is off (orbit.dashboard.flight-dynamics.enabled=false)", Instant.now());
		}
		return this.planner.status();
	}

	/**
	 * The ground tracks (one page: at most
	 * orbit.dashboard.flight-dynamics.max-spacecraft).
	 *
	 * @param status the planner's state
	 * @param items each spacecraft's track, by id
	 */
	record TracksPage(PlannerStatus status, List<Track> items) {
	}

	/**
	 * One spacecraft's ground track.
	 *
	 * @param spacecraftId the spacecraft
	 * @param computedAt when it was asked of the worker; null before the first result
	 * @param jobId the worker's job
	 * @param error why the latest refresh failed, or null
	 * @param points the sub-satellite points, by time
	 */
	record Track(String spacecraftId, Instant computedAt, String jobId, String error, List<TrackPoint> points) {
	}

	/**
	 * The passes (one page: the stations' passes of every spacecraft planned).
	 *
	 * @param status the planner's state
	 * @param stations the ground stations (orbit.dashboard.ground-stations)
	 * @param items the passes, by AOS
	 * @param errors spacecraft whose latest prediction failed, and why
	 */
	record PassesPage(PlannerStatus status, List<DashboardProperties.GroundStation> stations, List<Pass> items,
			List<String> errors) {
	}

}
