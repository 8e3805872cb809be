package space.orbit.enricher.archive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.bson.Document;
import org.bson.types.Binary;

import space.orbit.enricher.EnricherProperties;
import space.orbit.enricher.enrichment.EnrichedSample;

/**
 * Test fixtures: random samples, the buckets they make, bucket documents as earlier
 * versions wrote them, segments' identities, and downsampling computed directly from the
 * samples.
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

	/** Archive settings with a one-minute window and a large window cache. */
	static EnricherProperties.Archive settings(Duration retention, boolean sweep, Duration sweepInterval) {
		return new EnricherProperties.Archive("unused_buckets", "unused_segments", Duration.ofMinutes(1), retention,
				sweep, sweepInterval, 65_536);
	}

	/** The identities ({@code t:q}) a segment holds, decoded from its {@code cols}. */
	static List<String> identities(Document segment) {
		SegmentCodec.Identities identities = SegmentCodec
			.identities(segment.get(SegmentDocuments.COLUMNS, Binary.class).getData());
		List<String> keys = new ArrayList<>(identities.times().length);
		for (int i = 0; i < identities.times().length; i++) {
			keys.add(Bucket.key(identities.times()[i], identities.sequences()[i]));
		}
		return keys;
	}

	/**
	 * A bucket document as versions before the segment log wrote it (their guarded
	 * update's result): the samples of one window by column, with their summary.
	 */
	static Document legacyBucket(List<EnrichedSample> samples, long windowMillis) {
		Bucket bucket = Bucket.group(samples, windowMillis).getFirst();
		List<Long> times = new ArrayList<>();
		List<Long> sequences = new ArrayList<>();
		List<Object> raws = new ArrayList<>();
		List<Double> engineering = new ArrayList<>();
		Document document = new Document("spacecraftId", bucket.spacecraftId()).append("parameter", bucket.parameter())
			.append("start", new Date(bucket.startMillis()))
			.append("end", new Date(bucket.startMillis() + windowMillis));
		long n = 0;
		double sum = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (EnrichedSample sample : bucket.samples()) {
			times.add(sample.timeMicros());
			sequences.add(sample.sequence());
			raws.add(sample.raw());
			engineering.add(sample.engineering());
			if (sample.engineering() != null) {
				n++;
				sum += sample.engineering();
				min = Math.min(min, sample.engineering());
				max = Math.max(max, sample.engineering());
			}
		}
		EnrichedSample latest = bucket.latest();
		document.append("missionId", latest.missionId())
			.append("subsystem", latest.subsystem())
			.append("unit", latest.unit())
			.append("known", latest.known())
			.append("derived", latest.derived())
			.append("t", times)
			.append("q", sequences)
			.append("raw", raws)
			.append("eng", engineering)
			.append("count", times.size())
			.append("first", Collections.min(times))
			.append("last", Collections.max(times));
		if (n > 0) {
			document.append("n", n).append("sum", sum).append("min", min).append("max", max);
		}
		return document;
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
