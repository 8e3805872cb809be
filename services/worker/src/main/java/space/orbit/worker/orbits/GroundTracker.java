package space.orbit.worker.orbits;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.orekit.bodies.GeodeticPoint;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;

import space.orbit.worker.compute.Progress;
import space.orbit.orekit.OrekitData;

/** The ground track: sub-satellite points at a fixed step (SGP4, then WGS-84). */
public final class GroundTracker {

	public List<TrackPoint> track(TLE tle, Instant start, Instant end, Duration step, Progress progress) {
		Sgp4 sgp4 = Sgp4.of(tle);
		AbsoluteDate from = Sgp4.date(start);
		double span = Duration.between(start, end).toMillis() / 1000.0;
		double seconds = step.toMillis() / 1000.0;
		int count = (int) Math.floor(span / seconds + 1e-9) + 1;
		List<TrackPoint> points = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			AbsoluteDate date = from.shiftedBy(i * seconds);
			GeodeticPoint point = OrekitData.earth()
				.transform(sgp4.at(date).position().scalarMultiply(1e3), OrekitData.teme(), date);
			points.add(new TrackPoint(PassPredictor.instant(date), round(Math.toDegrees(point.getLatitude()), 1e6),
					round(Math.toDegrees(point.getLongitude()), 1e6), round(point.getAltitude() / 1000, 1e3)));
			if (i % 500 == 0) {
				progress.report((double) i / count);
			}
		}
		progress.report(1);
		return points;
	}

	private static double round(double value, double scale) {
		return Math.round(value * scale) / scale;
	}

}
