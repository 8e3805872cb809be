package space.orbit.console.history;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import space.orbit.console.chart.TimeSeriesChart;

/**
 * The History view's data: the parameters' points merged into one row per time (a frame's
 * samples, or a step, side by side), and the chart's series (calibrated values, or the
 * steps' means).
 */
final class HistoryRows {

	private HistoryRows() {
	}

	/**
	 * One time and, per parameter in the query's order, its point there (null where the
	 * parameter has none).
	 *
	 * @param time ISO-8601
	 * @param points one per parameter
	 */
	record Row(String time, List<ArchiveSeries.Point> points) {

		ArchiveSeries.Point of(int parameter) {
			return (parameter < this.points.size()) ? this.points.get(parameter) : null;
		}

	}

	static List<Row> merge(List<ArchiveSeries> series) {
		TreeMap<String, ArchiveSeries.Point[]> byTime = new TreeMap<>();
		for (int s = 0; s < series.size(); s++) {
			for (ArchiveSeries.Point point : series.get(s).points()) {
				byTime.computeIfAbsent(point.time(), (time) -> new ArchiveSeries.Point[series.size()])[s] = point;
			}
		}
		List<Row> rows = new ArrayList<>(byTime.size());
		byTime.forEach((time, points) -> rows.add(new Row(time, java.util.Arrays.asList(points))));
		return rows;
	}

	static List<TimeSeriesChart.Series> chart(List<ArchiveSeries> series) {
		List<TimeSeriesChart.Series> result = new ArrayList<>();
		for (ArchiveSeries one : series) {
			List<double[]> points = new ArrayList<>();
			for (ArchiveSeries.Point point : one.points()) {
				if (point.calibrated() != null) {
					Double seconds = seconds(point.time());
					if (seconds != null) {
						points.add(new double[] { seconds, point.calibrated() });
					}
				}
			}
			result.add(new TimeSeriesChart.Series(one.parameter(), one.unit(), points));
		}
		return result;
	}

	private static Double seconds(String time) {
		try {
			Instant instant = Instant.parse(time);
			return instant.getEpochSecond() + instant.getNano() / 1e9;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
