package space.orbit.simulator.model;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * The Sun's direction and distance from the low-precision formulae of the Astronomical
 * Almanac (about 0.01°, good from 1950 to 2050), and Greenwich mean sidereal time: enough
 * for eclipses and sun angles without JPL ephemerides, which no registry here carries.
 */
public final class SolarGeometry {

	/** Julian date of the Unix epoch. */
	public static final double JD_UNIX_EPOCH = 2440587.5;

	private static final double J2000 = 2451545.0;

	private SolarGeometry() {
	}

	/** Julian date (UTC) of epoch milliseconds. */
	public static double julianDate(long epochMillis) {
		return JD_UNIX_EPOCH + epochMillis / 86_400_000.0;
	}

	/** Unit vector towards the Sun, equatorial of date (close enough to TEME). */
	public static Vector3D sunDirection(double jd) {
		double n = jd - J2000;
		double g = Math.toRadians(357.528 + 0.9856003 * n);
		double lambda = Math.toRadians(280.460 + 0.9856474 * n + 1.915 * Math.sin(g) + 0.020 * Math.sin(2 * g));
		double epsilon = Math.toRadians(23.439 - 0.0000004 * n);
		return new Vector3D(Math.cos(lambda), Math.cos(epsilon) * Math.sin(lambda),
				Math.sin(epsilon) * Math.sin(lambda));
	}

	/** Earth–Sun distance in astronomical units. */
	public static double sunDistanceAu(double jd) {
		double g = Math.toRadians(357.528 + 0.9856003 * (jd - J2000));
		return 1.00014 - 0.01671 * Math.cos(g) - 0.00014 * Math.cos(2 * g);
	}

	/** The Sun's right ascension in radians, [0, 2π). */
	public static double sunRightAscension(double jd) {
		Vector3D sun = sunDirection(jd);
		double alpha = Math.atan2(sun.getY(), sun.getX());
		return (alpha < 0) ? alpha + 2 * Math.PI : alpha;
	}

	/** Greenwich mean sidereal time in radians, [0, 2π). */
	public static double gmst(double jd) {
		double degrees = (280.46061837 + 360.98564736629 * (jd - J2000)) % 360.0;
		return Math.toRadians((degrees < 0) ? degrees + 360.0 : degrees);
	}

}
