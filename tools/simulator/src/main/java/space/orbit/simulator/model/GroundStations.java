package space.orbit.simulator.model;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/** The ground stations the constellation downlinks to: Svalbard, Kiruna and Malindi. */
final class GroundStations {

	/** Latitude and longitude (degrees) of each station. */
	private static final double[][] STATIONS = { { 78.23, 15.41 }, { 67.86, 20.96 }, { -2.99, 40.19 } };

	private static final double MIN_ELEVATION_SIN = Math.sin(Math.toRadians(5));

	private GroundStations() {
	}

	/** True when a station sees a spacecraft at {@code position} (TEME, km) above 5°. */
	static boolean inContact(Vector3D position, double jd) {
		double gmst = SolarGeometry.gmst(jd);
		for (double[] station : STATIONS) {
			double lat = Math.toRadians(station[0]);
			double theta = gmst + Math.toRadians(station[1]);
			Vector3D up = new Vector3D(Math.cos(lat) * Math.cos(theta), Math.cos(lat) * Math.sin(theta), Math.sin(lat));
			Vector3D range = position.subtract(up.scalarMultiply(OrbitModel.EARTH_RADIUS_KM));
			if (Vector3D.dotProduct(range, up) > MIN_ELEVATION_SIN * range.getNorm()) {
				return true;
			}
		}
		return false;
	}

}
