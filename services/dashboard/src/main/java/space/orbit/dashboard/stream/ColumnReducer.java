package space.orbit.dashboard.stream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reduces series to what a chart can draw: per pixel column (a fixed span of time,
 * aligned to the epoch so that history fetched with the same step falls on the same
 * columns) the least, greatest and last value and how many samples fell in it. Holds only
 * the columns touched since the last {@link #drain()}, at most {@code width} per series:
 * a column older than the chart's window behind the newest is off the screen and is
 * skipped. Not thread-safe: its owner serializes access.
 */
final class ColumnReducer {

	private final long columnMillis;

	private final int width;

	private final Map<Series, TreeMap<Long, Column>> pending = new LinkedHashMap<>();

	private long skipped;

	ColumnReducer(long columnMillis, int width) {
		if (columnMillis < 1 || width < 1) {
			throw new IllegalArgumentException("columns of 1 ms or more, width of 1 or more");
		}
		this.columnMillis = columnMillis;
		this.width = width;
	}

	long columnMillis() {
		return this.columnMillis;
	}

	/** Adds one sample at {@code timeMillis}. */
	void add(Series series, long timeMillis, double value) {
		long column = Math.floorDiv(timeMillis, this.columnMillis);
		TreeMap<Long, Column> columns = this.pending.computeIfAbsent(series, (s) -> new TreeMap<>());
		Column cell = columns.get(column);
		if (cell == null) {
			if (!columns.isEmpty() && column <= columns.lastKey() - this.width) {
				this.skipped++;
				return;
			}
			cell = new Column(value);
			columns.put(column, cell);
			while (columns.firstKey() <= columns.lastKey() - this.width) {
				this.skipped += columns.pollFirstEntry().getValue().count;
			}
		}
		cell.add(value);
	}

	/** Samples skipped since the start because they fell off the window. */
	long skipped() {
		return this.skipped;
	}

	/** The columns touched since the last drain, per series; forgets them. */
	List<ReducedSeries> drain() {
		List<ReducedSeries> result = new ArrayList<>(this.pending.size());
		this.pending.forEach((series, columns) -> {
			int n = columns.size();
			long[] t = new long[n];
			double[] min = new double[n];
			double[] max = new double[n];
			double[] last = new double[n];
			long[] count = new long[n];
			int i = 0;
			for (Map.Entry<Long, Column> entry : columns.entrySet()) {
				Column cell = entry.getValue();
				t[i] = entry.getKey() * this.columnMillis;
				min[i] = cell.min;
				max[i] = cell.max;
				last[i] = cell.last;
				count[i] = cell.count;
				i++;
			}
			result.add(new ReducedSeries(series, t, min, max, last, count));
		});
		this.pending.clear();
		return result;
	}

	/** Columns held now (for bounds). */
	int held() {
		return this.pending.values().stream().mapToInt(Map::size).sum();
	}

	private static final class Column {

		double min;

		double max;

		double last;

		long count;

		Column(double first) {
			this.min = first;
			this.max = first;
		}

		void add(double value) {
			this.min = Math.min(this.min, value);
			this.max = Math.max(this.max, value);
			this.last = value;
			this.count++;
		}

	}

}
