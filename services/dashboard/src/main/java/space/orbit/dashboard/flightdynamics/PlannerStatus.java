package space.orbit.dashboard.flightdynamics;

import java.time.Instant;

/**
 * How the planner fares, for the page to say so.
 *
 * @param state {@code OFF} (orbit.dashboard.flight-dynamics.enabled=false),
 * {@code WAITING} (no spacecraft heard or no result yet), {@code READY},
 * {@code WORKER_UNAVAILABLE} or {@code REFUSED} (the worker refused the planner's token)
 * @param detail what happened and which setting to look at, for people
 * @param at when the state was last set
 */
record PlannerStatus(String state, String detail, Instant at) {

	static final String OFF = "OFF";

	static final String WAITING = "WAITING";

	static final String READY = "READY";

	static final String WORKER_UNAVAILABLE = "WORKER_UNAVAILABLE";

	static final String REFUSED = "REFUSED";

}
