package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import space.orbit.enricher.enrichment.EnrichedSample;

/**
 * The shape of a bucket document and the guarded update that adds samples to it:
 * <pre>
 * {spacecraftId, parameter, start, end, missionId, subsystem, unit, known, derived,
 *  keys: ["&lt;micros&gt;:&lt;sequence&gt;", ...],
 *  samples: [{t: micros, q: sequence, raw: value, eng: number}, ...],
 *  count, n, sum, min, max, first, last}
 * </pre>
 * {@code count} counts every sample, {@code n}, {@code sum}, {@code min} and {@code max}
 * the engineering values. The filter matches the bucket only when it holds none of the
 * samples' keys; with {@code upsert} a missing bucket is created, and a bucket that holds
 * some of them makes the insert fail on the unique (spacecraftId, parameter, start) index:
 * a sample is never added twice.
 */
final class BucketDocuments {

	static final String SPACECRAFT = "spacecraftId";

	static final String PARAMETER = "parameter";

	static final String START = "start";

	static final String END = "end";

	static final String KEYS = "keys";

	static final String SAMPLES = "samples";

	private BucketDocuments() {
	}

	static Bson identity(String spacecraftId, String parameter, long startMillis) {
		return Filters.and(Filters.eq(SPACECRAFT, spacecraftId), Filters.eq(PARAMETER, parameter),
				Filters.eq(START, new Date(startMillis)));
	}

	/** Matches the bucket only when it holds none of the samples. */
	static Bson guardedFilter(Bucket bucket) {
		List<String> keys = bucket.samples().stream().map(Bucket::key).toList();
		return Filters.and(identity(bucket.spacecraftId(), bucket.parameter(), bucket.startMillis()),
				Filters.nin(KEYS, keys));
	}

	static Bson update(Bucket bucket, long windowMillis) {
		List<String> keys = new ArrayList<>(bucket.samples().size());
		List<Document> samples = new ArrayList<>(bucket.samples().size());
		long first = Long.MAX_VALUE;
		long last = Long.MIN_VALUE;
		int numeric = 0;
		double sum = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (EnrichedSample sample : bucket.samples()) {
			keys.add(Bucket.key(sample));
			Document document = new Document("t", sample.timeMicros()).append("q", sample.sequence());
			if (sample.raw() != null) {
				document.append("raw", sample.raw());
			}
			if (sample.engineering() != null) {
				double value = sample.engineering();
				document.append("eng", value);
				numeric++;
				sum += value;
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
			samples.add(document);
			first = Math.min(first, sample.timeMicros());
			last = Math.max(last, sample.timeMicros());
		}
		EnrichedSample latest = bucket.latest();
		List<Bson> updates = new ArrayList<>(List.of(Updates.setOnInsert(END, new Date(bucket.startMillis() + windowMillis)),
				Updates.set("missionId", latest.missionId()), Updates.set("subsystem", latest.subsystem()),
				Updates.set("unit", latest.unit()), Updates.set("known", latest.known()),
				Updates.set("derived", latest.derived()), Updates.pushEach(KEYS, keys), Updates.pushEach(SAMPLES, samples),
				Updates.inc("count", samples.size()), Updates.min("first", first), Updates.max("last", last)));
		if (numeric > 0) {
			updates.add(Updates.inc("n", numeric));
			updates.add(Updates.inc("sum", sum));
			updates.add(Updates.min("min", min));
			updates.add(Updates.max("max", max));
		}
		return Updates.combine(updates);
	}

}
