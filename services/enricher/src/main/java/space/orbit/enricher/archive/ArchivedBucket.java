package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * A window as read back (a bucket of earlier versions, a segment, or the two merged): its
 * span, its summary and, when loaded, its samples.
 *
 * @param startMicros the window's start, epoch micros
 * @param endMicros the window's end (exclusive), epoch micros
 * @param count samples in the window
 * @param numeric samples with an engineering value
 * @param sum their sum
 * @param min their minimum (meaningless when {@code numeric} is 0)
 * @param max their maximum (likewise)
 * @param samples the samples, or an empty list when not loaded
 * @param metadata what the registry said about the parameter at the last write
 */
record ArchivedBucket(long startMicros, long endMicros, long count, long numeric, double sum, double min, double max,
		List<ArchivedSample> samples, ParameterMetadata metadata) {

	/**
	 * The parts of one window (its bucket, then its segments in slot order) as one:
	 * counts and sums added, extremes kept, samples together, the metadata of the last
	 * part.
	 */
	static ArchivedBucket combine(List<ArchivedBucket> parts) {
		if (parts.size() == 1) {
			return parts.getFirst();
		}
		long count = 0;
		long numeric = 0;
		double sum = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		List<ArchivedSample> samples = new ArrayList<>();
		for (ArchivedBucket part : parts) {
			count += part.count();
			if (part.numeric() > 0) {
				numeric += part.numeric();
				sum += part.sum();
				min = Math.min(min, part.min());
				max = Math.max(max, part.max());
			}
			samples.addAll(part.samples());
		}
		ArchivedBucket last = parts.getLast();
		boolean numbers = numeric > 0;
		return new ArchivedBucket(last.startMicros(), last.endMicros(), count, numeric, numbers ? sum : Double.NaN,
				numbers ? min : Double.NaN, numbers ? max : Double.NaN, samples, last.metadata());
	}

}
