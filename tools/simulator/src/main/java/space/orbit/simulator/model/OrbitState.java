package space.orbit.simulator.model;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Where a spacecraft is and how it is lit at one instant.
 *
 * @param position position in TEME, km
 * @param velocity velocity in TEME, km/s
 * @param altitudeKm height above the WGS-84 ellipsoid (approximate), km
 * @param latitudeDeg geodetic latitude, degrees
 * @param longitudeDeg longitude, degrees east, [-180, 180)
 * @param eclipse true in the Earth's shadow (cylindrical model)
 * @param betaDeg angle between the orbit plane and the Sun, degrees
 * @param sunDistanceAu Earth–Sun distance, AU
 * @param contact true when a ground station sees the spacecraft above 5°
 */
public record OrbitState(Vector3D position, Vector3D velocity, double altitudeKm, double latitudeDeg,
		double longitudeDeg, boolean eclipse, double betaDeg, double sunDistanceAu, boolean contact) {

	/**
	 * Solar flux relative to 1 AU on an array that tracks the Sun about the orbit normal.
	 */
	public double arrayIllumination() {
		return this.eclipse ? 0.0 : Math.cos(Math.toRadians(this.betaDeg)) / (this.sunDistanceAu * this.sunDistanceAu);
	}

}
