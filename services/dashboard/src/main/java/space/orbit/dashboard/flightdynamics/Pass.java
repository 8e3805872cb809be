package space.orbit.dashboard.flightdynamics;

import java.time.Instant;

/**
 * A pass of a spacecraft over a ground station, as the worker predicted it.
 *
 * @param spacecraftId the spacecraft
 * @param station the station's name
 * @param aos acquisition of signal (the elevation rises through the station's mask)
 * @param los loss of signal
 * @param maxElevationTime when the elevation peaks
 * @param maxElevation the peak elevation, degrees
 * @param partial cut by the start or the end of the prediction's horizon
 * @param jobId the worker's job that predicted it
 */
record Pass(String spacecraftId, String station, Instant aos, Instant los, Instant maxElevationTime,
		double maxElevation, boolean partial, String jobId) {
}
