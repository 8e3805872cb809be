package space.orbit.enricher.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import space.orbit.telemetry.TelemetryCodec;

/** Answers archive queries from the buckets: raw samples, or steps. */
class ArchiveQueries {

	private final ArchiveReader reader;

	ArchiveQueries(ArchiveReader reader) {
		this.reader = reader;
	}

	ArchiveAnswer answer(ArchiveQuery query) {
		return query.raw() ? raw(query) : steps(query);
	}

	private ArchiveAnswer raw(ArchiveQuery query) {
		List<ArchivedBucket> buckets = this.reader.overlapping(query.spacecraftId(), query.parameter(),
				query.fromMicros(), query.toMicros(), true);
		List<ArchivedSample> inRange = new ArrayList<>();
		for (ArchivedBucket bucket : buckets) {
			for (ArchivedSample sample : bucket.samples()) {
				if (sample.timeMicros() >= query.fromMicros() && sample.timeMicros() < query.toMicros()) {
					inRange.add(sample);
				}
			}
		}
		inRange.sort(Comparator.comparingLong(ArchivedSample::timeMicros).thenComparingLong(ArchivedSample::sequence));
		boolean truncated = inRange.size() > query.maxSamples();
		List<ArchiveAnswer.Sample> samples = inRange.subList(0, Math.min(inRange.size(), query.maxSamples()))
			.stream()
			.map(s -> new ArchiveAnswer.Sample(time(s.timeMicros()), s.sequence(), s.raw(), s.engineering()))
			.toList();
		String next = truncated ? time(inRange.get(query.maxSamples()).timeMicros()) : null;
		ParameterMetadata metadata = buckets.isEmpty() ? null : buckets.getLast().metadata();
		return answer(query, "raw", null, metadata, samples.size(), truncated, next, samples, null);
	}

	private ArchiveAnswer steps(ArchiveQuery query) {
		long from = query.fromMicros();
		long to = query.toMicros();
		long step = query.stepMicros();
		List<ArchivedBucket> summaries = this.reader.overlapping(query.spacecraftId(), query.parameter(), from, to,
				false);
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
		List<ArchiveAnswer.Step> steps = Downsampler.downsample(from, to, step, buckets)
			.stream()
			.map(s -> new ArchiveAnswer.Step(time(s.startMicros()), s.count(), s.min(), s.max(), s.avg()))
			.toList();
		ParameterMetadata metadata = summaries.isEmpty() ? null : summaries.getLast().metadata();
		return answer(query, "steps", Duration.ofNanos(step * 1_000L).toString(), metadata, steps.size(), null, null,
				null, steps);
	}

	private static ArchiveAnswer answer(ArchiveQuery query, String mode, String step, ParameterMetadata metadata,
			int count, Boolean truncated, String next, List<ArchiveAnswer.Sample> samples,
			List<ArchiveAnswer.Step> steps) {
		return new ArchiveAnswer(query.spacecraftId(), query.parameter(), time(query.fromMicros()),
				time(query.toMicros()), mode, step, (metadata != null) ? metadata.known() : null,
				(metadata != null) ? metadata.missionId() : null, (metadata != null) ? metadata.subsystem() : null,
				(metadata != null) ? metadata.unit() : null, (metadata != null) ? metadata.derived() : null, count,
				truncated, next, samples, steps);
	}

	static String time(long micros) {
		return TelemetryCodec.formatTimestamp(
				Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L));
	}

}
