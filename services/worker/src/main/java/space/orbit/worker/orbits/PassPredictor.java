package space.orbit.worker.orbits;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.errors.OrekitException;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.propagation.events.ElevationDetector;
import org.orekit.propagation.events.EventsLogger;
import org.orekit.propagation.events.handlers.ContinueOnEvent;
import org.orekit.time.AbsoluteDate;

import space.orbit.worker.compute.InvalidInputException;
import space.orbit.worker.compute.Progress;
import space.orbit.orekit.OrekitData;

/**
 * Visibility windows of a spacecraft over ground stations: SGP4 (Orekit) with an
 * elevation detector per station (checked every {@value #MAX_CHECK_SECONDS} s, located to
 * 1 ms), the peak by golden-section search between AOS and LOS.
 */
public final class PassPredictor {

	/** Passes shorter than this above the mask may be missed. */
	static final double MAX_CHECK_SECONDS = 15;

	private static final int CHUNKS = 20;

	public List<Pass> predict(TLE tle, List<GroundStation> stations, Instant start, Instant end, Progress progress) {
		Sgp4 sgp4 = Sgp4.of(tle);
		TLEPropagator propagator = sgp4.propagator();
		AbsoluteDate from = Sgp4.date(start);
		double span = Duration.between(start, end).toMillis() / 1000.0;
		try {
			sgp4.at(from);
			// To the start first, with no detector yet: events between the TLE's epoch
			// and
			// the start are not passes of the request.
			propagator.propagate(from);
		}
		catch (OrekitException ex) {
			throw outOfRange(tle, ex);
		}
		List<TopocentricFrame> frames = new ArrayList<>();
		EventsLogger logger = new EventsLogger();
		for (GroundStation station : stations) {
			TopocentricFrame frame = topocentric(station);
			frames.add(frame);
			propagator
				.addEventDetector(logger.monitorDetector(new ElevationDetector(frame).withMaxCheck(MAX_CHECK_SECONDS)
					.withThreshold(1e-3)
					.withConstantElevation(Math.toRadians(station.minElevation()))
					.withHandler(new ContinueOnEvent())));
		}
		try {
			for (int i = 1; i <= CHUNKS; i++) {
				propagator.propagate(from.shiftedBy(span * i / CHUNKS));
				progress.report(0.9 * i / CHUNKS);
			}
		}
		catch (OrekitException ex) {
			throw outOfRange(tle, ex);
		}
		List<Pass> passes = new ArrayList<>();
		for (int s = 0; s < stations.size(); s++) {
			passes.addAll(passesOf(stations.get(s), frames.get(s), sgp4, logger, from, from.shiftedBy(span)));
		}
		passes.sort(Comparator.comparing(Pass::aos).thenComparing(Pass::station));
		progress.report(1);
		return passes;
	}

	private static InvalidInputException outOfRange(TLE tle, OrekitException ex) {
		return new InvalidInputException("SGP4 fails for satellite " + tle.getSatelliteNumber()
				+ " inside the horizon (" + ex.getMessage() + "): it has decayed or its elements are out of range", ex);
	}

	private static List<Pass> passesOf(GroundStation station, TopocentricFrame frame, Sgp4 sgp4, EventsLogger logger,
			AbsoluteDate from, AbsoluteDate to) {
		double mask = Math.toRadians(station.minElevation());
		List<AbsoluteDate[]> windows = new ArrayList<>();
		AbsoluteDate rise = (elevation(frame, sgp4, from) > mask) ? from : null;
		for (EventsLogger.LoggedEvent event : logger.getLoggedEvents()) {
			if (!(event.getEventDetector() instanceof ElevationDetector detector)
					|| detector.getTopocentricFrame() != frame) {
				continue;
			}
			AbsoluteDate date = event.getState().getDate();
			if (event.isIncreasing()) {
				rise = date;
			}
			else if (rise != null) {
				windows.add(new AbsoluteDate[] { rise, date });
				rise = null;
			}
		}
		if (rise != null) {
			windows.add(new AbsoluteDate[] { rise, to });
		}
		List<Pass> passes = new ArrayList<>();
		for (AbsoluteDate[] window : windows) {
			passes.add(pass(station, frame, sgp4, window[0], window[1], from, to));
		}
		return passes;
	}

	private static Pass pass(GroundStation station, TopocentricFrame frame, Sgp4 sgp4, AbsoluteDate aos,
			AbsoluteDate los, AbsoluteDate from, AbsoluteDate to) {
		double length = los.durationFrom(aos);
		double peak = Minimizer.minimize((t) -> -elevation(frame, sgp4, aos.shiftedBy(t)), 0, length, 1e-3);
		AbsoluteDate top = aos.shiftedBy(peak);
		return new Pass(station.name(), instant(aos), instant(los), instant(top),
				Math.toDegrees(elevation(frame, sgp4, top)), azimuth(frame, sgp4, aos), azimuth(frame, sgp4, top),
				azimuth(frame, sgp4, los), Math.round(length * 1000) / 1000.0, aos.equals(from) || los.equals(to));
	}

	static TopocentricFrame topocentric(GroundStation station) {
		GeodeticPoint point = new GeodeticPoint(Math.toRadians(station.latitude()), Math.toRadians(station.longitude()),
				station.altitude());
		return new TopocentricFrame(OrekitData.earth(), point, station.name());
	}

	private static double elevation(TopocentricFrame frame, Sgp4 sgp4, AbsoluteDate date) {
		Vector3D position = sgp4.at(date).position().scalarMultiply(1e3);
		return frame.getElevation(position, OrekitData.teme(), date);
	}

	private static double azimuth(TopocentricFrame frame, Sgp4 sgp4, AbsoluteDate date) {
		Vector3D position = sgp4.at(date).position().scalarMultiply(1e3);
		return Math.toDegrees(frame.getAzimuth(position, OrekitData.teme(), date));
	}

	static Instant instant(AbsoluteDate date) {
		return date.toInstant(OrekitData.timeScales());
	}

}
