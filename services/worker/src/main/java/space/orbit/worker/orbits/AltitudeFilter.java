package space.orbit.worker.orbits;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The perigee-apogee filter: two objects can only meet if their bands of distance from
 * the Earth's centre, one widened by the threshold, overlap.
 */
final class AltitudeFilter {

	private AltitudeFilter() {
	}

	/**
	 * The indices of the objects (null ephemerides skipped) whose band meets another's.
	 */
	static int[] overlapping(Ephemeris[] ephemerides, double reach) {
		int n = ephemerides.length;
		double[][] bands = new double[n][];
		for (int i = 0; i < n; i++) {
			bands[i] = (ephemerides[i] != null) ? ephemerides[i].radiusRange() : null;
		}
		Integer[] order = IntStream.range(0, n).filter((i) -> bands[i] != null).boxed().toArray(Integer[]::new);
		Arrays.sort(order, Comparator.comparingDouble((Integer i) -> bands[i][0]));
		boolean[] keep = new boolean[n];
		double highestSoFar = Double.NEGATIVE_INFINITY;
		for (int a = 0; a < order.length; a++) {
			double[] band = bands[order[a]];
			boolean below = highestSoFar + reach >= band[0];
			boolean above = a + 1 < order.length && bands[order[a + 1]][0] <= band[1] + reach;
			keep[order[a]] = below || above;
			highestSoFar = Math.max(highestSoFar, band[1]);
		}
		return IntStream.range(0, n).filter((i) -> keep[i]).toArray();
	}

}
