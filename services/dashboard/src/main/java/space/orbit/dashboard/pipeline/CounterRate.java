package space.orbit.dashboard.pipeline;

/**
 * A counter's rate per second from its change between two reads; none on the first read
 * or when the counter went back (its service restarted).
 */
final class CounterRate {

	private double value = Double.NaN;

	private long nanos;

	/** The rate since the previous read, or null; {@code value} becomes the previous. */
	synchronized Double next(double value, long nanos) {
		double previous = this.value;
		long elapsed = nanos - this.nanos;
		this.value = value;
		this.nanos = nanos;
		if (Double.isNaN(previous) || value < previous || elapsed <= 0) {
			return null;
		}
		return (value - previous) * 1e9 / elapsed;
	}

	/** Forgets the previous read (its service did not answer). */
	synchronized void reset() {
		this.value = Double.NaN;
	}

}
