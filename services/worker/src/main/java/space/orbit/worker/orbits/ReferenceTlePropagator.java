package space.orbit.worker.orbits;

import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.errors.OrekitException;
import org.orekit.frames.Frame;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.DateTimeComponents;
import org.orekit.utils.PVCoordinates;

/**
 * Orekit's TLE propagator with the reference SGP4 ({@link ValladoSgp4}) in place of
 * Orekit's own SGP4/SDP4, which differs from the reference on deep-space edge cases (ADR
 * 0010). Everything around the model stays Orekit's: frames, dates, event detection,
 * ephemerides.
 *
 * <p>
 * Errors of the reference (decay, eccentricity out of range, ...) are thrown as
 * {@link OrekitException}s carrying its message; the first is raised by the constructor
 * when the element set fails at its own epoch.
 */
final class ReferenceTlePropagator extends TLEPropagator {

	/**
	 * The model of the current element set. Assigned by {@link #sxpInitialize()}, which
	 * the superclass's constructor calls: no initialiser here, or it would be reset.
	 */
	private ValladoSgp4 model;

	/** The last state {@link #sxpPropagate(double)} computed: km and km/s, TEME. */
	private double[] state;

	ReferenceTlePropagator(TLE tle, Frame teme) {
		super(tle, FrameAlignedProvider.of(teme), Propagator.DEFAULT_MASS, teme);
	}

	/**
	 * Days from 1949 December 31 00:00 UTC (the reference's "0 Jan 1950") to the epoch.
	 */
	static double epochDays1950(TLE tle) {
		DateTimeComponents epoch = tle.getDate().getComponents(tle.getUtc());
		return epoch.getDate().getMJD() - 33281 + epoch.getTime().getSecondsInUTCDay() / 86400.0;
	}

	@Override
	protected void sxpInitialize() {
		this.model = new ValladoSgp4(epochDays1950(this.tle), this.tle.getBStar(), this.tle.getE(),
				this.tle.getPerigeeArgument(), this.tle.getI(), this.tle.getMeanAnomaly(),
				this.tle.getMeanMotion() * 60.0, this.tle.getRaan());
	}

	/**
	 * The reference's {@code sgp4} at {@code t} minutes from the epoch: the TEME state in
	 * {@link #state}. The reference does in one pass what Orekit splits into this step
	 * and a shared final one (long- and short-period terms, Kepler's equation), so
	 * {@link #getPVCoordinates(AbsoluteDate)} reads the state instead of running
	 * Orekit's.
	 */
	@Override
	protected void sxpPropagate(double t) {
		try {
			this.state = this.model.propagate(t);
		}
		catch (ValladoSgp4.Sgp4Error ex) {
			throw new OrekitException(ex, LocalizedCoreFormats.SIMPLE_MESSAGE,
					String.format("%s, %.3f min from the epoch", ex.getMessage(), t));
		}
	}

	@Override
	public PVCoordinates getPVCoordinates(AbsoluteDate date) {
		sxpPropagate(date.durationFrom(this.tle.getDate()) / 60.0);
		double[] km = this.state;
		return new PVCoordinates(new Vector3D(km[0] * 1e3, km[1] * 1e3, km[2] * 1e3),
				new Vector3D(km[3] * 1e3, km[4] * 1e3, km[5] * 1e3));
	}

}
