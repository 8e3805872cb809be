package space.orbit.simulator.model;

import java.time.Instant;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;
import space.orbit.orekit.OrekitData;

/**
 * One spacecraft's orbit: SGP4 (Orekit) from its TLE gives the position; the analytic Sun
 * gives eclipses (cylindrical shadow), the beta angle and the ground track. Not
 * thread-safe (the propagator is not).
 */
public final class OrbitModel {

	/** WGS-84 equatorial radius, km. */
	public static final double EARTH_RADIUS_KM = 6378.137;

	private static final double FLATTENING = 1 / 298.257223563;

	private final TLEPropagator propagator;

	private final AbsoluteDate startDate;

	private final double startJd;

	private final double periodSeconds;

	public OrbitModel(TLE tle, Instant start) {
		this.propagator = TLEPropagator.selectExtrapolator(tle, OrekitData.teme());
		this.startDate = new AbsoluteDate(start, OrekitData.utc());
		this.startJd = SolarGeometry.julianDate(start.toEpochMilli());
		this.periodSeconds = 2 * Math.PI / tle.getMeanMotion();
	}

	/** The orbital period from the TLE's mean motion, seconds. */
	public double periodSeconds() {
		return this.periodSeconds;
	}

	/** The state {@code seconds} after the start (negative: before it). */
	public OrbitState at(double seconds) {
		PVCoordinates pv = this.propagator.getPVCoordinates(this.startDate.shiftedBy(seconds));
		Vector3D r = pv.getPosition().scalarMultiply(1e-3);
		Vector3D v = pv.getVelocity().scalarMultiply(1e-3);
		double jd = this.startJd + seconds / 86_400.0;
		Vector3D sun = SolarGeometry.sunDirection(jd);
		double radius = r.getNorm();
		double[] geodetic = geodetic(Math.hypot(r.getX(), r.getY()), r.getZ());
		double longitude = Math.toDegrees(Math.atan2(r.getY(), r.getX()) - SolarGeometry.gmst(jd));
		longitude = ((longitude + 180) % 360 + 360) % 360 - 180;
		double along = Vector3D.dotProduct(r, sun);
		boolean eclipse = along < 0 && r.subtract(sun.scalarMultiply(along)).getNorm() < EARTH_RADIUS_KM;
		Vector3D normal = Vector3D.crossProduct(r, v).normalize();
		double beta = Math.toDegrees(Math.asin(Vector3D.dotProduct(sun, normal)));
		return new OrbitState(r, v, geodetic[1], Math.toDegrees(geodetic[0]), longitude, eclipse, beta,
				SolarGeometry.sunDistanceAu(jd), GroundStations.inContact(r, jd));
	}

	/**
	 * The geodetic latitude (radians) and height above the WGS-84 ellipsoid (km) of a
	 * point at distance {@code p} from the polar axis and {@code z} above the equator
	 * (km), by fixed-point iteration: well under a metre after a few rounds in low Earth
	 * orbit. (The surface formula tan(lat) = tan(geocentric) / (1 - f)^2 is off by up to
	 * ~1.5 km at 500 km of altitude.)
	 */
	static double[] geodetic(double p, double z) {
		double e2 = FLATTENING * (2 - FLATTENING);
		double latitude = Math.atan2(z, p * (1 - e2));
		double height = 0;
		for (int i = 0; i < 6; i++) {
			double sin = Math.sin(latitude);
			double n = EARTH_RADIUS_KM / Math.sqrt(1 - e2 * sin * sin);
			height = p / Math.cos(latitude) - n;
			latitude = Math.atan2(z, p * (1 - e2 * n / (n + height)));
		}
		return new double[] { latitude, height };
	}

}
