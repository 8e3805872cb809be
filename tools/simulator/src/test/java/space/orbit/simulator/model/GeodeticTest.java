package space.orbit.simulator.model;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.GeodeticPoint;
import space.orbit.orekit.OrekitData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The reported latitude and altitude are geodetic, as Orekit's WGS-84 ellipsoid (the
 * worker's) has them: the dashboard's map is checked against the worker's ground track to
 * 1 km.
 */
class GeodeticTest {

	@Test
	void agreesWithOrekitsEllipsoidToAMetreInLowOrbit() {
		for (double latitude = -85; latitude <= 85; latitude += 5) {
			for (double altitude : new double[] { 0, 400, 550, 800 }) {
				GeodeticPoint truth = new GeodeticPoint(Math.toRadians(latitude), 0.3, altitude * 1000);
				Vector3D p = OrekitData.earth().transform(truth);
				double[] computed = OrbitModel.geodetic(Math.hypot(p.getX(), p.getY()) / 1000, p.getZ() / 1000);
				// 1e-5 degrees is about a metre on the ground
				assertThat(Math.toDegrees(computed[0])).as("latitude at %s deg, %s km", latitude, altitude)
					.isCloseTo(latitude, within(1e-5));
				assertThat(computed[1]).as("altitude at %s deg, %s km", latitude, altitude)
					.isCloseTo(altitude, within(1e-3));
			}
		}
	}

}
