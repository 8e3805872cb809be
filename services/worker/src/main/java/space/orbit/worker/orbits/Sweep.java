package space.orbit.worker.orbits;

import java.util.ArrayList;
import java.util.List;

import org.orekit.time.AbsoluteDate;

import space.orbit.worker.compute.Progress;

/**
 * The fine stage of {@link ConjunctionScreener}: sweep-and-prune along x at every step,
 * local minima of the sampled distance refined to TCA.
 */
final class Sweep {

	private final List<CatalogObject> catalog;

	private final Sgp4[] sgp4;

	private final Ephemeris[] ephemerides;

	private final int[] order;

	private final AbsoluteDate t0;

	private final double span;

	private final double threshold;

	private final int steps;

	private final double step;

	private final double reach;

	private final double[] positions;

	private final double[] a = new double[3];

	private final double[] b = new double[3];

	private final List<Conjunction> found = new ArrayList<>();

	private long candidates;

	Sweep(List<CatalogObject> catalog, Sgp4[] sgp4, Ephemeris[] ephemerides, int[] active, AbsoluteDate t0, double span,
			double threshold, double sweepStep) {
		this.catalog = catalog;
		this.sgp4 = sgp4;
		this.ephemerides = ephemerides;
		this.order = active.clone();
		this.t0 = t0;
		this.span = span;
		this.threshold = threshold;
		this.steps = (int) Math.max(1, Math.ceil(span / sweepStep));
		this.step = span / this.steps;
		double fastest = 0;
		for (int i : active) {
			fastest = Math.max(fastest, ephemerides[i].maxSpeed());
		}
		// Two objects close by at most 2 * fastest * step / 2 between a sample and TCA.
		this.reach = threshold + fastest * this.step + ConjunctionScreener.MARGIN_KM;
		this.positions = new double[3 * ephemerides.length];
	}

	long candidates() {
		return this.candidates;
	}

	List<Conjunction> run(Progress progress) {
		double reach2 = this.reach * this.reach;
		for (int k = 0; k <= this.steps; k++) {
			double t = k * this.step;
			for (int i : this.order) {
				this.ephemerides[i].position(t, this.positions, 3 * i);
			}
			sortByX();
			for (int p = 0; p < this.order.length; p++) {
				int i = this.order[p];
				double x = this.positions[3 * i];
				for (int q = p + 1; q < this.order.length; q++) {
					int j = this.order[q];
					double dx = this.positions[3 * j] - x;
					if (dx >= this.reach) {
						break;
					}
					double dy = this.positions[3 * j + 1] - this.positions[3 * i + 1];
					double dz = this.positions[3 * j + 2] - this.positions[3 * i + 2];
					double d2 = dx * dx + dy * dy + dz * dz;
					if (d2 < reach2) {
						candidate(Math.min(i, j), Math.max(i, j), k, d2);
					}
				}
			}
			if (k % 200 == 0) {
				progress.report((double) k / this.steps);
			}
		}
		return Refiner.deduplicated(this.found, this.step);
	}

	private void candidate(int i, int j, int k, double d2) {
		this.candidates++;
		double t = k * this.step;
		if (k > 0 && interpolated2(i, j, t - this.step) < d2) {
			return;
		}
		if (k < this.steps && interpolated2(i, j, t + this.step) <= d2) {
			return;
		}
		double lo = Math.max(0, t - this.step);
		double hi = Math.min(this.span, t + this.step);
		double near = Minimizer.minimize((s) -> interpolated2(i, j, s), lo, hi, 1e-2);
		double limit = this.threshold + ConjunctionScreener.MARGIN_KM;
		if (interpolated2(i, j, near) < limit * limit) {
			Conjunction conjunction = Refiner.refine(this.catalog, this.sgp4, i, j, this.t0, lo, hi, this.threshold);
			if (conjunction != null) {
				this.found.add(conjunction);
			}
		}
	}

	private double interpolated2(int i, int j, double t) {
		this.ephemerides[i].position(t, this.a, 0);
		this.ephemerides[j].position(t, this.b, 0);
		double dx = this.a[0] - this.b[0];
		double dy = this.a[1] - this.b[1];
		double dz = this.a[2] - this.b[2];
		return dx * dx + dy * dy + dz * dz;
	}

	/** Insertion sort: the order barely changes from one step to the next. */
	private void sortByX() {
		for (int p = 1; p < this.order.length; p++) {
			int i = this.order[p];
			double x = this.positions[3 * i];
			int q = p - 1;
			while (q >= 0 && this.positions[3 * this.order[q]] > x) {
				this.order[q + 1] = this.order[q];
				q--;
			}
			this.order[q + 1] = i;
		}
	}

}
