package space.orbit.worker.orbits;

import java.time.Instant;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.errors.OrekitException;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

import space.orbit.worker.compute.InvalidInputException;
import space.orbit.orekit.OrekitData;

/**
 * SGP4/SDP4 for one element set, in the TEME frame, kilometres and seconds: the reference
 * algorithm of Vallado et al. (2006, WGS-72) inside Orekit's TLE propagator (ADR 0010).
 * Not thread-safe (the propagator is not): one instance per thread.
 */
public final class Sgp4 {

	private final TLE tle;

	private final TLEPropagator propagator;

	private final AbsoluteDate epoch;

	private Sgp4(TLE tle) {
		this.tle = tle;
		this.propagator = new ReferenceTlePropagator(tle, OrekitData.teme());
		this.epoch = tle.getDate();
	}

	/** Parses and checks an element set (format and checksums). */
	public static TLE parse(TleLines lines) {
		String line1 = lines.line1().strip();
		String line2 = lines.line2().strip();
		try {
			if (!TLE.isFormatOK(line1, line2)) {
				throw new InvalidInputException("The TLE is not in the two-line format (69 columns a line, "
						+ "matching satellite numbers, valid checksums).");
			}
			return new TLE(line1, line2, OrekitData.utc());
		}
		catch (OrekitException ex) {
			throw new InvalidInputException("The TLE does not parse: " + ex.getMessage(), ex);
		}
	}

	public static Sgp4 of(TLE tle) {
		try {
			return new Sgp4(tle);
		}
		catch (OrekitException ex) {
			throw new InvalidInputException(
					"SGP4 cannot start from the TLE of satellite " + tle.getSatelliteNumber() + ": " + ex.getMessage(),
					ex);
		}
	}

	public TLE tle() {
		return this.tle;
	}

	public TLEPropagator propagator() {
		return this.propagator;
	}

	public AbsoluteDate epoch() {
		return this.epoch;
	}

	/** The date of an instant (UTC). */
	public static AbsoluteDate date(Instant instant) {
		return new AbsoluteDate(instant, OrekitData.utc());
	}

	/**
	 * Position (km) and velocity (km/s) in TEME at {@code date}.
	 * @throws InvalidInputException where the reference SGP4 stops: the satellite has
	 * decayed or its elements went out of the model's range
	 */
	public State at(AbsoluteDate date) {
		try {
			PVCoordinates pv = this.propagator.getPVCoordinates(date);
			return new State(pv.getPosition().scalarMultiply(1e-3), pv.getVelocity().scalarMultiply(1e-3));
		}
		catch (OrekitException ex) {
			throw new InvalidInputException("SGP4 fails for satellite " + this.tle.getSatelliteNumber() + " at " + date
					+ ": " + ex.getMessage(), ex);
		}
	}

	/** The state {@code minutes} after the element set's epoch. */
	public State atMinutes(double minutes) {
		return at(this.epoch.shiftedBy(minutes * 60));
	}

	/**
	 * A TEME state.
	 *
	 * @param position km
	 * @param velocity km/s
	 */
	public record State(Vector3D position, Vector3D velocity) {
	}

}
