package space.orbit.worker.orbits;

import java.time.Instant;

/**
 * A sub-satellite point.
 *
 * @param time when
 * @param latitude geodetic latitude, degrees
 * @param longitude longitude, degrees east (-180 to 180)
 * @param altitude height above the WGS-84 ellipsoid, km
 */
public record TrackPoint(Instant time, double latitude, double longitude, double altitude) {
}
