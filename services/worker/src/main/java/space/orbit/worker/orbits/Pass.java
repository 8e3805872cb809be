package space.orbit.worker.orbits;

import java.time.Instant;

/**
 * One visibility window of a spacecraft from a station.
 *
 * @param station the station's name
 * @param aos acquisition of signal: the elevation rises through the mask (or the
 * horizon's start, when {@code partial})
 * @param los loss of signal: it sets through the mask (or the horizon's end)
 * @param maxElevationTime when the elevation peaks
 * @param maxElevation the peak elevation, degrees
 * @param aosAzimuth azimuth at AOS, degrees from north, clockwise
 * @param maxElevationAzimuth azimuth at the peak, degrees
 * @param losAzimuth azimuth at LOS, degrees
 * @param durationSeconds LOS - AOS
 * @param partial true when the pass is cut by the start or the end of the horizon
 */
public record Pass(String station, Instant aos, Instant los, Instant maxElevationTime, double maxElevation,
		double aosAzimuth, double maxElevationAzimuth, double losAzimuth, double durationSeconds, boolean partial) {
}
