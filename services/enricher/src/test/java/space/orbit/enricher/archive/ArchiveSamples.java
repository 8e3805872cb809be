package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

import space.orbit.enricher.enrichment.EnrichedSample;

/**
 * Test fixtures: random samples, the buckets they make, and downsampling computed
 * directly from the samples.
 */
final class ArchiveSamples {

	/** Sums in different orders differ in the last bits. */
	static final Comparator<Object> TOLERANT = (a, b) -> {
		if (a instanceof Double x && b instanceof Double y) {
			return (Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x))) ? 0 : Double.compare(x, y);
		}
		return java.util.Objects.equals(a, b) ? 0 : 1;
	};

	static final RecursiveComparisonConfiguration TOLERANT_FIELDS = RecursiveComparisonConfiguration.builder()
		.withComparatorForType((a, b) -> TOLERANT.compare(a, b), Double.class)
		.build();

	private ArchiveSamples() {
	}

	/**
	 * Samples at random times in {@code [from, to)}, in random order, one in ten a
	 * string.
	 */
	static List<EnrichedSample> random(Random random, String spacecraftId, String parameter, long from, long to,
			int count) {
		List<EnrichedSample> samples = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			long time = from + (long) (random.nextDouble() * (to - from));
			boolean text = random.nextInt(10) == 0;
			double value = Math.round((random.nextGaussian() * 3 + 28) * 1000) / 1000.0;
			samples.add(new EnrichedSample(spacecraftId, parameter, time, i, text ? "N/A" : value, text ? null : value,
					true, "DEMO", "EPS", "V", false));
		}
		return samples;
	}

	/**
	 * The buckets the samples make, with summaries computed as the writer's update does.
	 */
	static List<ArchivedBucket> buckets(List<EnrichedSample> samples, long windowMillis) {
		List<ArchivedBucket> buckets = new ArrayList<>();
		for (Bucket bucket : Bucket.group(samples, windowMillis)) {
			long n = 0;
			double sum = 0;
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			List<ArchivedSample> archived = new ArrayList<>();
			for (EnrichedSample sample : bucket.samples()) {
				archived.add(
						new ArchivedSample(sample.timeMicros(), sample.sequence(), sample.raw(), sample.engineering()));
				if (sample.engineering() != null) {
					n++;
					sum += sample.engineering();
					min = Math.min(min, sample.engineering());
					max = Math.max(max, sample.engineering());
				}
			}
			long start = bucket.startMillis() * 1_000L;
			buckets.add(new ArchivedBucket(start, start + windowMillis * 1_000L, archived.size(), n, sum, min, max,
					archived, new ParameterMetadata(true, "DEMO", "EPS", "V", false)));
		}
		return buckets;
	}

	/**
	 * Per step of {@code [from, to)}: count, min, max, mean, straight from the samples.
	 */
	static List<ArchivedStep> direct(List<EnrichedSample> samples, long from, long to, long step) {
		List<ArchivedStep> steps = new ArrayList<>();
		for (long start = from; start < to; start += step) {
			long end = Math.min(start + step, to);
			long begin = start;
			List<EnrichedSample> in = samples.stream()
				.filter(s -> s.timeMicros() >= begin && s.timeMicros() < end)
				.toList();
			if (in.isEmpty()) {
				continue;
			}
			var numbers = in.stream()
				.filter(s -> s.engineering() != null)
				.mapToDouble(EnrichedSample::engineering)
				.summaryStatistics();
			boolean any = numbers.getCount() > 0;
			steps.add(new ArchivedStep(start, in.size(), any ? numbers.getMin() : null, any ? numbers.getMax() : null,
					any ? numbers.getAverage() : null));
		}
		return steps;
	}

}
