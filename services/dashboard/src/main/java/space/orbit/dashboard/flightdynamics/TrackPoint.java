package space.orbit.dashboard.flightdynamics;

import java.time.Instant;

/**
 * A sub-satellite point of the worker's ground track.
 *
 * @param time when
 * @param latitude geodetic latitude, degrees
 * @param longitude longitude east, degrees (-180 to 180)
 * @param altitude height above the WGS-84 ellipsoid, km
 */
record TrackPoint(Instant time, double latitude, double longitude, double altitude) {
}
