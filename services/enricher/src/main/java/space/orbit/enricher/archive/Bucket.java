package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import space.orbit.enricher.enrichment.EnrichedSample;

/**
 * The samples of one bucket to write: one spacecraft, one parameter, one window. A
 * sample's identity in its bucket is its frame's (timestamp, sequence).
 *
 * @param spacecraftId the spacecraft
 * @param parameter the parameter
 * @param startMillis the window's start, epoch millis
 * @param samples the samples, one per identity
 */
record Bucket(String spacecraftId, String parameter, long startMillis, List<EnrichedSample> samples) {

	/** The identity of a sample in its bucket: {@code <epoch micros>:<sequence>}. */
	static String key(long timeMicros, long sequence) {
		return timeMicros + ":" + sequence;
	}

	static String key(EnrichedSample sample) {
		return key(sample.timeMicros(), sample.sequence());
	}

	/** The newest sample (its registry metadata describes the bucket). */
	EnrichedSample latest() {
		return this.samples.getLast();
	}

	/**
	 * Groups samples into buckets of {@code windowMillis}, in the order they come; a
	 * sample whose identity repeats in its bucket is kept once.
	 */
	static List<Bucket> group(List<EnrichedSample> samples, long windowMillis) {
		record Id(String spacecraftId, String parameter, long startMillis) {
		}
		Map<Id, Map<String, EnrichedSample>> groups = new LinkedHashMap<>();
		for (EnrichedSample sample : samples) {
			long start = Math.floorDiv(Math.floorDiv(sample.timeMicros(), 1_000L), windowMillis) * windowMillis;
			groups
				.computeIfAbsent(new Id(sample.spacecraftId(), sample.parameter(), start), id -> new LinkedHashMap<>())
				.putIfAbsent(key(sample), sample);
		}
		List<Bucket> buckets = new ArrayList<>(groups.size());
		groups.forEach((id, ofBucket) -> buckets
			.add(new Bucket(id.spacecraftId(), id.parameter(), id.startMillis(), new ArrayList<>(ofBucket.values()))));
		return buckets;
	}

}
