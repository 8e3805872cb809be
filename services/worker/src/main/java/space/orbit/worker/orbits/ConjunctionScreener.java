package space.orbit.worker.orbits;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;

import space.orbit.worker.compute.InvalidInputException;
import space.orbit.worker.compute.Progress;

/**
 * Every close approach under a distance threshold in a catalog over a window, without
 * comparing every pair at every step with SGP4:
 * <ol>
 * <li>SGP4 once per object at a coarse step (a tenth of a radian of the fastest motion,
 * at most 2 minutes), cubic Hermite interpolation in between;</li>
 * <li>the perigee-apogee filter: an object whose radius band, widened by the threshold,
 * meets no other object's band is dropped;</li>
 * <li>at each fine step, a sweep along x over the interpolated positions (kept sorted
 * between steps) finds the pairs nearer than the threshold plus the distance they can
 * close in one step; a pair whose sampled distance is a local minimum is a
 * candidate;</li>
 * <li>a candidate is refined on the interpolants, then, if still near, with SGP4
 * (golden-section search on the distance) to its TCA and miss distance.</li>
 * </ol>
 */
public final class ConjunctionScreener {

	/** Seconds between the sweeps. */
	public static final double DEFAULT_SWEEP_STEP = 20;

	/** Head-room for interpolation error and curvature within a step, km. */
	static final double MARGIN_KM = 2;

	private final double sweepStep;

	public ConjunctionScreener() {
		this(DEFAULT_SWEEP_STEP);
	}

	public ConjunctionScreener(double sweepStep) {
		this.sweepStep = sweepStep;
	}

	public Screening screen(List<CatalogObject> catalog, Instant start, Instant end, double threshold,
			Progress progress) {
		int n = catalog.size();
		double span = Duration.between(start, end).toMillis() / 1000.0;
		AbsoluteDate t0 = Sgp4.date(start);
		double coarse = coarseStep(catalog, span);
		int samples = (int) Math.round(span / coarse);
		Sgp4[] sgp4 = new Sgp4[n];
		Ephemeris[] ephemerides = new Ephemeris[n];
		List<String> failed = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			try {
				sgp4[i] = Sgp4.of(catalog.get(i).tle());
				ephemerides[i] = sample(sgp4[i], t0, coarse, samples);
			}
			catch (InvalidInputException ex) {
				sgp4[i] = null;
				ephemerides[i] = null;
				failed.add(catalog.get(i).id() + ": " + ex.getMessage());
			}
			if (i % 50 == 0) {
				progress.report(0.5 * i / n);
			}
		}
		int[] active = AltitudeFilter.overlapping(ephemerides, threshold + MARGIN_KM);
		Sweep sweep = new Sweep(catalog, sgp4, ephemerides, active, t0, span, threshold, this.sweepStep);
		List<Conjunction> found = sweep.run((fraction) -> progress.report(0.5 + 0.5 * fraction));
		progress.report(1);
		int usable = n - failed.size();
		return new Screening(found, n, usable - active.length, sweep.candidates(), failed);
	}

	/** A tenth of a radian of the fastest angular motion (at perigee), 5 s to 2 min. */
	static double coarseStep(List<CatalogObject> catalog, double span) {
		double fastest = 1e-9;
		for (CatalogObject object : catalog) {
			TLE tle = object.tle();
			double e = Math.min(tle.getE(), 0.99);
			double rate = tle.getMeanMotion() * (1 + e) * (1 + e) / Math.pow(1 - e * e, 1.5);
			fastest = Math.max(fastest, rate);
		}
		double step = Math.min(120, Math.max(5, 0.1 / fastest));
		return span / Math.max(2, Math.ceil(span / step));
	}

	private static Ephemeris sample(Sgp4 sgp4, AbsoluteDate t0, double step, int samples) {
		double[] states = new double[6 * (samples + 1)];
		for (int k = 0; k <= samples; k++) {
			Sgp4.State state = sgp4.at(t0.shiftedBy(k * step));
			states[6 * k] = state.position().getX();
			states[6 * k + 1] = state.position().getY();
			states[6 * k + 2] = state.position().getZ();
			states[6 * k + 3] = state.velocity().getX();
			states[6 * k + 4] = state.velocity().getY();
			states[6 * k + 5] = state.velocity().getZ();
		}
		return new Ephemeris(states, step);
	}

	/** Orders conjunctions by TCA, then by pair. */
	static final Comparator<Conjunction> BY_TCA = Comparator.comparing(Conjunction::tca)
		.thenComparing(Conjunction::objectA)
		.thenComparing(Conjunction::objectB);

}
