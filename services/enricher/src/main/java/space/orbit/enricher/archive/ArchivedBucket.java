package space.orbit.enricher.archive;

import java.util.List;

/**
 * A bucket as read back: its window, its summary and, when loaded, its samples.
 *
 * @param startMicros the window's start, epoch micros
 * @param endMicros the window's end (exclusive), epoch micros
 * @param count samples in the bucket
 * @param numeric samples with an engineering value
 * @param sum their sum
 * @param min their minimum (meaningless when {@code numeric} is 0)
 * @param max their maximum (likewise)
 * @param samples the samples, or an empty list when not loaded
 * @param metadata what the registry said about the parameter at the last write
 */
record ArchivedBucket(long startMicros, long endMicros, long count, long numeric, double sum, double min, double max,
		List<ArchivedSample> samples, ParameterMetadata metadata) {
}
