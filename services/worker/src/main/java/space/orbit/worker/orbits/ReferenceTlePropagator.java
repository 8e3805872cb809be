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
	 * Orekit's split of the algorithm into a secular step and a shared final step does
	 * not fit the reference, which computes the state in one pass: see
	 * {@link #getPVCoordinates(AbsoluteDate)}.
	 */
	@Override
	protected void sxpPropagate(double t) {
		throw new UnsupportedOperationException("the reference SGP4 propagates in getPVCoordinates");
	}

	@Override
	public PVCoordinates getPVCoordinates(AbsoluteDate date) {
		double minutes = date.durationFrom(this.tle.getDate()) / 60.0;
		try {
			double[] state = this.model.propagate(minutes);
			return new PVCoordinates(new Vector3D(state[0] * 1e3, state[1] * 1e3, state[2] * 1e3),
					new Vector3D(state[3] * 1e3, state[4] * 1e3, state[5] * 1e3));
		}
		catch (ValladoSgp4.Sgp4Error ex) {
			throw new OrekitException(ex, LocalizedCoreFormats.SIMPLE_MESSAGE,
					String.format("%s, %.3f min from the epoch", ex.getMessage(), minutes));
		}
	}

}
