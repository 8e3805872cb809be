package space.orbit.worker.orbits;

import java.time.Instant;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Look angles computed without Orekit's frames, the textbook way (Vallado, "Fundamentals
 * of Astrodynamics", 3.7 and 3.8): TEME rotated to the pseudo-Earth-fixed frame by GMST
 * (IAU 1982, UT1 = UTC), the station on the WGS-84 ellipsoid, elevation and azimuth in
 * its local horizon.
 */
final class IndependentGeometry {

	private static final double A = 6378.137;

	private static final double F = 1 / 298.257223563;

	private static final double E2 = F * (2 - F);

	private IndependentGeometry() {
	}

	/** [elevation, azimuth] in degrees of a TEME position (km) at {@code time}. */
	static double[] lookAngles(Vector3D teme, Instant time, GroundStation station) {
		double gmst = gmst(time);
		double x = Math.cos(gmst) * teme.getX() + Math.sin(gmst) * teme.getY();
		double y = -Math.sin(gmst) * teme.getX() + Math.cos(gmst) * teme.getY();
		double z = teme.getZ();
		double lat = Math.toRadians(station.latitude());
		double lon = Math.toRadians(station.longitude());
		double h = station.altitude() / 1000;
		double n = A / Math.sqrt(1 - E2 * Math.sin(lat) * Math.sin(lat));
		double sx = (n + h) * Math.cos(lat) * Math.cos(lon);
		double sy = (n + h) * Math.cos(lat) * Math.sin(lon);
		double sz = (n * (1 - E2) + h) * Math.sin(lat);
		double rx = x - sx;
		double ry = y - sy;
		double rz = z - sz;
		double range = Math.sqrt(rx * rx + ry * ry + rz * rz);
		double up = Math.cos(lat) * Math.cos(lon) * rx + Math.cos(lat) * Math.sin(lon) * ry + Math.sin(lat) * rz;
		double east = -Math.sin(lon) * rx + Math.cos(lon) * ry;
		double north = -Math.sin(lat) * Math.cos(lon) * rx - Math.sin(lat) * Math.sin(lon) * ry + Math.cos(lat) * rz;
		double azimuth = Math.toDegrees(Math.atan2(east, north));
		return new double[] { Math.toDegrees(Math.asin(up / range)), (azimuth < 0) ? azimuth + 360 : azimuth };
	}

	/** Greenwich mean sidereal time (IAU 1982), radians. */
	static double gmst(Instant time) {
		double jd = 2440587.5 + (time.getEpochSecond() + time.getNano() / 1e9) / 86400.0;
		double t = (jd - 2451545.0) / 36525.0;
		double seconds = 67310.54841 + (876600.0 * 3600 + 8640184.812866) * t + 0.093104 * t * t - 6.2e-6 * t * t * t;
		double radians = Math.toRadians((seconds % 86400) / 240.0);
		return (radians < 0) ? radians + 2 * Math.PI : radians;
	}

}
