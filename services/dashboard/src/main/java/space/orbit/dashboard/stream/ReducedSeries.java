package space.orbit.dashboard.stream;

/**
 * The columns of one series sent in one flush, as parallel arrays (what uPlot draws).
 *
 * @param series the series
 * @param t each column's start, epoch millis
 * @param min least value in the column
 * @param max greatest value
 * @param last latest value
 * @param count samples in the column
 */
record ReducedSeries(Series series, long[] t, double[] min, double[] max, double[] last, long[] count) {

	int columns() {
		return this.t.length;
	}

}
