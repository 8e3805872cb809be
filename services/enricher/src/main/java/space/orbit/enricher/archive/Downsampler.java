package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * Downsamples windows (buckets) into steps {@code [from + i*step, from + (i+1)*step)}
 * within {@code [from, to)}: per step the count of samples and the min, max and average
 * of their engineering values. A bucket lying wholly inside the range and inside one step
 * contributes its stored summary; any other is read sample by sample. Steps without
 * samples are left out. All times in epoch microseconds.
 */
final class Downsampler {

	private Downsampler() {
	}

	/** How many steps cover {@code [from, to)}. */
	static long stepCount(long from, long to, long step) {
		return Math.ceilDiv(to - from, step);
	}

	/** Whether a bucket's summary stands for its samples in one step. */
	static boolean summaryUsable(long from, long to, long step, long bucketStart, long bucketEnd) {
		return bucketStart >= from && bucketEnd <= to
				&& Math.floorDiv(bucketStart - from, step) == Math.floorDiv(bucketEnd - 1 - from, step);
	}

	static List<ArchivedStep> downsample(long from, long to, long step, List<ArchivedBucket> buckets) {
		int steps = Math.toIntExact(stepCount(from, to, step));
		long[] count = new long[steps];
		long[] numeric = new long[steps];
		double[] sum = new double[steps];
		double[] min = new double[steps];
		double[] max = new double[steps];
		java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
		java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
		for (ArchivedBucket bucket : buckets) {
			if (summaryUsable(from, to, step, bucket.startMicros(), bucket.endMicros())) {
				int i = (int) ((bucket.startMicros() - from) / step);
				count[i] += bucket.count();
				numeric[i] += bucket.numeric();
				if (bucket.numeric() > 0) {
					sum[i] += bucket.sum();
					min[i] = Math.min(min[i], bucket.min());
					max[i] = Math.max(max[i], bucket.max());
				}
				continue;
			}
			for (ArchivedSample sample : bucket.samples()) {
				if (sample.timeMicros() < from || sample.timeMicros() >= to) {
					continue;
				}
				int i = (int) ((sample.timeMicros() - from) / step);
				count[i]++;
				if (sample.engineering() != null) {
					double value = sample.engineering();
					numeric[i]++;
					sum[i] += value;
					min[i] = Math.min(min[i], value);
					max[i] = Math.max(max[i], value);
				}
			}
		}
		List<ArchivedStep> result = new ArrayList<>();
		for (int i = 0; i < steps; i++) {
			if (count[i] > 0) {
				boolean hasNumbers = numeric[i] > 0;
				result.add(new ArchivedStep(from + i * step, count[i], hasNumbers ? min[i] : null,
						hasNumbers ? max[i] : null, hasNumbers ? sum[i] / numeric[i] : null));
			}
		}
		return result;
	}

}
