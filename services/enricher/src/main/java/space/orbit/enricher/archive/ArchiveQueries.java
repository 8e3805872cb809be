package space.orbit.enricher.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import space.orbit.kit.web.Cursor;
import space.orbit.kit.web.Page;
import space.orbit.telemetry.TelemetryCodec;

/**
 * Answers archive queries from the archived windows, a page at a time: raw samples after
 * a cursor (their time and sequence), or the non-empty steps after a cursor (a step's
 * start).
 */
class ArchiveQueries {

	static final Comparator<ArchivedSample> TIME_ORDER = Comparator.comparingLong(ArchivedSample::timeMicros)
		.thenComparingLong(ArchivedSample::sequence);

	private final ArchiveReader reader;

	ArchiveQueries(ArchiveReader reader) {
		this.reader = reader;
	}

	/**
	 * The first {@code limit} samples of the range after {@code after} (null: from the
	 * start), in time then sequence order.
	 */
	SamplesPage samples(ArchiveQuery query, SampleCursor after, int limit) {
		Predicate<ArchivedSample> wanted = (sample) -> query.contains(sample.timeMicros())
				&& (after == null || after.precedes(sample));
		long from = (after != null) ? Math.max(query.fromMicros(), after.timeMicros()) : query.fromMicros();
		List<ArchivedBucket> buckets = this.reader.overlappingUntil(query.spacecraftId(), query.parameter(), from,
				query.toMicros(), wanted, limit + 1);
		List<ArchivedSample> samples = new ArrayList<>();
		for (ArchivedBucket bucket : buckets) {
			bucket.samples().stream().filter(wanted).forEach(samples::add);
		}
		samples.sort(TIME_ORDER);
		Page<SamplesPage.Sample> page = Page.of(samples, limit, SampleCursor::of)
			.map((s) -> new SamplesPage.Sample(time(s.timeMicros()), s.sequence(), s.raw(), s.engineering()));
		return new SamplesPage(query.spacecraftId(), query.parameter(), time(query.fromMicros()),
				time(query.toMicros()), metadata(buckets), page.items(), page.next());
	}

	/**
	 * The first {@code limit} non-empty steps of the range (aligned on its start) after
	 * the step that starts at {@code afterMicros} (null: from the start).
	 */
	StepsPage steps(ArchiveQuery query, long step, Long afterMicros, int limit) {
		long from = (afterMicros != null) ? afterMicros + step : query.fromMicros();
		long to = query.toMicros();
		List<ArchivedBucket> summaries = (from < to)
				? this.reader.overlapping(query.spacecraftId(), query.parameter(), from, to, false) : List.of();
		List<ArchivedBucket> buckets = new ArrayList<>(summaries.size());
		List<Long> needSamples = new ArrayList<>();
		for (ArchivedBucket bucket : summaries) {
			if (Downsampler.summaryUsable(from, to, step, bucket.startMicros(), bucket.endMicros())) {
				buckets.add(bucket);
			}
			else {
				needSamples.add(bucket.startMicros());
			}
		}
		buckets.addAll(this.reader.withSamples(query.spacecraftId(), query.parameter(), needSamples));
		List<ArchivedStep> steps = (from < to) ? Downsampler.downsample(from, to, step, buckets) : List.of();
		Page<StepsPage.Step> page = Page.of(steps, limit, (s) -> Cursor.encode(Long.toString(s.startMicros())))
			.map((s) -> new StepsPage.Step(time(s.startMicros()), s.count(), s.min(), s.max(), s.avg()));
		return new StepsPage(query.spacecraftId(), query.parameter(), time(query.fromMicros()), time(to),
				Duration.ofNanos(step * 1_000L).toString(), metadata(summaries), page.items(), page.next());
	}

	/** What the newest bucket read says about the parameter, or null. */
	private static ParameterMetadata metadata(List<ArchivedBucket> buckets) {
		return buckets.isEmpty() ? null : buckets.getLast().metadata();
	}

	static String time(long micros) {
		return TelemetryCodec.formatTimestamp(
				Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L));
	}

}
