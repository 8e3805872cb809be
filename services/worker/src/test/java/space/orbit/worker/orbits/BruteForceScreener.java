package space.orbit.worker.orbits;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.orekit.time.AbsoluteDate;

/**
 * The reference the screener is measured against: SGP4 for every object at every step,
 * every pair compared at every step, every local minimum of the sampled distance within
 * reach refined with SGP4 (the same refinement as the screener's).
 */
public final class BruteForceScreener {

	private final double step;

	public BruteForceScreener(double step) {
		this.step = step;
	}

	public List<Conjunction> screen(List<CatalogObject> catalog, Instant start, Instant end, double threshold) {
		int n = catalog.size();
		double span = Duration.between(start, end).toMillis() / 1000.0;
		int steps = (int) Math.max(1, Math.ceil(span / this.step));
		double h = span / steps;
		AbsoluteDate t0 = Sgp4.date(start);
		Sgp4[] sgp4 = new Sgp4[n];
		for (int i = 0; i < n; i++) {
			sgp4[i] = Sgp4.of(catalog.get(i).tle());
		}
		double[][] rows = new double[3][];
		rows[1] = positions(sgp4, t0, 0);
		double fastest = 0;
		for (int i = 0; i < n; i++) {
			fastest = Math.max(fastest, sgp4[i].at(t0).velocity().getNorm());
		}
		double reach = threshold + 1.05 * fastest * h + ConjunctionScreener.MARGIN_KM;
		double reach2 = reach * reach;
		List<Conjunction> found = new ArrayList<>();
		for (int k = 0; k <= steps; k++) {
			rows[2] = (k < steps) ? positions(sgp4, t0, (k + 1) * h) : null;
			double[] now = rows[1];
			for (int i = 0; i < n; i++) {
				for (int j = i + 1; j < n; j++) {
					double d2 = distance2(now, i, j);
					if (d2 < reach2 && (rows[0] == null || distance2(rows[0], i, j) >= d2)
							&& (rows[2] == null || distance2(rows[2], i, j) > d2)) {
						Conjunction c = Refiner.refine(catalog, sgp4, i, j, t0, Math.max(0, k * h - h),
								Math.min(span, k * h + h), threshold);
						if (c != null) {
							found.add(c);
						}
					}
				}
			}
			rows[0] = rows[1];
			rows[1] = rows[2];
		}
		return Refiner.deduplicated(found, h);
	}

	private static double[] positions(Sgp4[] sgp4, AbsoluteDate t0, double t) {
		double[] row = new double[3 * sgp4.length];
		AbsoluteDate date = t0.shiftedBy(t);
		for (int i = 0; i < sgp4.length; i++) {
			Sgp4.State state = sgp4[i].at(date);
			row[3 * i] = state.position().getX();
			row[3 * i + 1] = state.position().getY();
			row[3 * i + 2] = state.position().getZ();
		}
		return row;
	}

	private static double distance2(double[] row, int i, int j) {
		double dx = row[3 * i] - row[3 * j];
		double dy = row[3 * i + 1] - row[3 * j + 1];
		double dz = row[3 * i + 2] - row[3 * j + 2];
		return dx * dx + dy * dy + dz * dz;
	}

}
