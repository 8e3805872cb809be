package space.orbit.worker.spectral;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * A numeric time series: seconds from {@code origin} and values.
 *
 * @param origin time zero
 * @param times seconds from the origin, ascending
 * @param values the values
 */
public record Series(Instant origin, double[] times, double[] values) {

	/** Collects samples in time order. */
	static final class Builder {

		private final Instant origin;

		private double[] times = new double[1024];

		private double[] values = new double[1024];

		private int size;

		Builder(Instant origin) {
			this.origin = origin;
		}

		void add(Instant time, double value) {
			if (this.size == this.times.length) {
				this.times = Arrays.copyOf(this.times, this.size * 2);
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.times[this.size] = Duration.between(this.origin, time).toNanos() / 1e9;
			this.values[this.size] = value;
			this.size++;
		}

		int size() {
			return this.size;
		}

		Series build() {
			return new Series(this.origin, Arrays.copyOf(this.times, this.size), Arrays.copyOf(this.values, this.size));
		}

	}

}
