package space.orbit.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A calibration by a table of points sorted by strictly increasing raw value. Between two
 * points the engineering value is interpolated linearly; below the first point it is the
 * first point's value, above the last the last point's value (clamped at the ends, never
 * extrapolated). Valid with at least 2 points, finite, raw strictly increasing.
 *
 * @param points the table, sorted by raw value
 */
public record LookupTable(List<Point> points) implements Calibration {

	/** The JSON {@code type} of a lookup table. */
	public static final String TYPE = "LOOKUP";

	/** The most points a table may have. */
	public static final int MAX_POINTS = 1_024;

	public LookupTable {
		points = (points != null) ? Collections.unmodifiableList(new ArrayList<>(points)) : null;
	}

	@Override
	public double apply(double raw) {
		List<Point> table = this.points;
		if (raw <= table.getFirst().raw()) {
			return table.getFirst().value();
		}
		if (raw >= table.getLast().raw()) {
			return table.getLast().value();
		}
		int low = 0;
		int high = table.size() - 1;
		while (high - low > 1) {
			int middle = (low + high) >>> 1;
			if (table.get(middle).raw() <= raw) {
				low = middle;
			}
			else {
				high = middle;
			}
		}
		Point a = table.get(low);
		Point b = table.get(high);
		return a.value() + (b.value() - a.value()) * (raw - a.raw()) / (b.raw() - a.raw());
	}

	/**
	 * One point of the table.
	 *
	 * @param raw the raw value
	 * @param value its engineering value
	 */
	public record Point(double raw, double value) {
	}

}
