package space.orbit.worker.orbits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.time.AbsoluteDate;

/**
 * The last stage of a screening, shared by every screener: a bracketed closest approach
 * of a pair located with SGP4 itself, and duplicates of one approach merged.
 */
public final class Refiner {

	private Refiner() {
	}

	/**
	 * The closest approach of objects {@code i} and {@code j} in [lo, hi] seconds from
	 * {@code t0}, or null when it is not under {@code threshold} km.
	 */
	public static Conjunction refine(List<CatalogObject> catalog, Sgp4[] sgp4, int i, int j, AbsoluteDate t0, double lo,
			double hi, double threshold) {
		double tca = Minimizer.minimize((s) -> distance(sgp4[i], sgp4[j], t0.shiftedBy(s)), lo, hi, 1e-4);
		AbsoluteDate date = t0.shiftedBy(tca);
		Sgp4.State a = sgp4[i].at(date);
		Sgp4.State b = sgp4[j].at(date);
		double miss = Vector3D.distance(a.position(), b.position());
		if (miss >= threshold) {
			return null;
		}
		double speed = Vector3D.distance(a.velocity(), b.velocity());
		return new Conjunction(catalog.get(i).id(), catalog.get(j).id(), PassPredictor.instant(date),
				Math.round(miss * 1e6) / 1e6, Math.round(speed * 1e6) / 1e6);
	}

	/** One conjunction per pair and approach (TCAs closer than {@code step} merge). */
	public static List<Conjunction> deduplicated(List<Conjunction> found, double step) {
		List<Conjunction> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparing(Conjunction::objectA)
			.thenComparing(Conjunction::objectB)
			.thenComparing(Conjunction::tca));
		List<Conjunction> result = new ArrayList<>();
		for (Conjunction c : sorted) {
			Conjunction last = result.isEmpty() ? null : result.get(result.size() - 1);
			if (last != null && last.objectA().equals(c.objectA()) && last.objectB().equals(c.objectB())
					&& Math.abs(last.tca().toEpochMilli() - c.tca().toEpochMilli()) < step * 1000) {
				if (c.missDistance() < last.missDistance()) {
					result.set(result.size() - 1, c);
				}
				continue;
			}
			result.add(c);
		}
		result.sort(ConjunctionScreener.BY_TCA);
		return result;
	}

	private static double distance(Sgp4 a, Sgp4 b, AbsoluteDate date) {
		return Vector3D.distance(a.at(date).position(), b.at(date).position());
	}

}
