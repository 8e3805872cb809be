package space.orbit.telemetry.columnar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A frame as the writer sees it: time (epoch µs), sequence and samples. Puts frames in
 * the record's order, (t, q), and keeps one frame per (t, q) whatever the input order:
 * the one whose samples sort first (by name, then type, then value), so the same frames
 * always give the same record.
 */
record FrameRow(long time, long sequence, Map<String, Object> samples) {

	private static final Comparator<FrameRow> IDENTITY = Comparator.comparingLong(FrameRow::time)
		.thenComparingLong(FrameRow::sequence);

	/** The frames sorted by (t, q), one per (t, q). */
	static List<FrameRow> sortedDistinct(List<FrameRow> rows) {
		FrameRow[] sorted = rows.toArray(FrameRow[]::new);
		Arrays.sort(sorted, IDENTITY);
		List<FrameRow> distinct = new ArrayList<>(sorted.length);
		for (FrameRow row : sorted) {
			FrameRow last = distinct.isEmpty() ? null : distinct.getLast();
			if (last == null || IDENTITY.compare(last, row) != 0) {
				distinct.add(row);
			}
			else if (compareSamples(row.samples, last.samples) < 0) {
				distinct.set(distinct.size() - 1, row);
			}
		}
		return distinct;
	}

	static int compareSamples(Map<String, Object> a, Map<String, Object> b) {
		Iterator<Map.Entry<String, Object>> left = new TreeMap<>(a).entrySet().iterator();
		Iterator<Map.Entry<String, Object>> right = new TreeMap<>(b).entrySet().iterator();
		while (left.hasNext() && right.hasNext()) {
			Map.Entry<String, Object> l = left.next();
			Map.Entry<String, Object> r = right.next();
			int order = l.getKey().compareTo(r.getKey());
			if (order == 0) {
				order = compareValues(l.getValue(), r.getValue());
			}
			if (order != 0) {
				return order;
			}
		}
		return Boolean.compare(left.hasNext(), right.hasNext());
	}

	private static int compareValues(Object a, Object b) {
		int order = Integer.compare(rank(a), rank(b));
		if (order != 0) {
			return order;
		}
		return switch (a) {
			case Double d -> Double.compare(d, (Double) b);
			case Long l -> Long.compare(l, (Long) b);
			case Boolean bool -> Boolean.compare(bool, (Boolean) b);
			case String s -> s.compareTo((String) b);
			case null, default -> 0;
		};
	}

	private static int rank(Object value) {
		return switch (value) {
			case Double d -> ColumnType.DOUBLE.code();
			case Long l -> ColumnType.LONG.code();
			case Boolean b -> ColumnType.BOOLEAN.code();
			case String s -> ColumnType.STRING.code();
			case null, default -> 0;
		};
	}

}
