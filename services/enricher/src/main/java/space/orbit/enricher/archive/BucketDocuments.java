package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.conversions.Bson;

import space.orbit.enricher.enrichment.EnrichedSample;

/**
 * The shape of a bucket document and the guarded updates that add samples to it: <pre>
 * {spacecraftId, parameter, start, end, missionId, subsystem, unit, known, derived,
 *  t: [micros, ...], q: [sequence, ...], raw: [value or null, ...], eng: [number or null, ...],
 *  count, n, sum, min, max, first, last}
 * </pre> Samples are stored by column, as MongoDB's time-series buckets store
 * measurements: the i-th entries of {@code t}, {@code q}, {@code raw} and {@code eng} are
 * one sample (a third faster to update on the stand-in than an array of sub-documents,
 * and smaller). A sample's identity is its frame's (t, q). {@code count} counts every
 * sample, {@code n}, {@code sum}, {@code min} and {@code max} the engineering values,
 * {@code first} and {@code last} the times. Both filters are guards used with
 * {@code upsert}: a missing bucket is created, and a bucket the guard refuses makes the
 * insert fail on the unique (spacecraftId, parameter, start) index (E11000), so nothing
 * is added twice:
 * <ul>
 * <li>{@link #appendFilter}: the bucket's {@code last} is before every new sample, so it
 * cannot hold any of them (the usual case: a spacecraft's frames arrive in order);</li>
 * <li>{@link #unchangedFilter}: the bucket still has the {@code count} read before its
 * missing samples were worked out (out-of-order data, redeliveries).</li>
 * </ul>
 */
final class BucketDocuments {

	static final String SPACECRAFT = "spacecraftId";

	static final String PARAMETER = "parameter";

	static final String START = "start";

	static final String END = "end";

	static final String COUNT = "count";

	static final String LAST = "last";

	static final String TIMES = "t";

	static final String SEQUENCES = "q";

	static final String RAW = "raw";

	static final String ENGINEERING = "eng";

	/** The sample columns. */
	static final List<String> COLUMNS = List.of(TIMES, SEQUENCES, RAW, ENGINEERING);

	private BucketDocuments() {
	}

	static Bson identity(String spacecraftId, String parameter, long startMillis) {
		return Filters.and(Filters.eq(SPACECRAFT, spacecraftId), Filters.eq(PARAMETER, parameter),
				Filters.eq(START, new Date(startMillis)));
	}

	/** Matches the bucket only when all its samples are older than the new ones. */
	static Bson appendFilter(Bucket bucket) {
		long first = bucket.samples().stream().mapToLong(EnrichedSample::timeMicros).min().orElseThrow();
		return Filters.and(identity(bucket.spacecraftId(), bucket.parameter(), bucket.startMillis()),
				Filters.lt(LAST, first));
	}

	/** Matches the bucket only while it holds {@code count} samples. */
	static Bson unchangedFilter(Bucket bucket, long count) {
		return Filters.and(identity(bucket.spacecraftId(), bucket.parameter(), bucket.startMillis()),
				Filters.eq(COUNT, count));
	}

	static Bson update(Bucket bucket, long windowMillis) {
		int size = bucket.samples().size();
		List<Long> times = new ArrayList<>(size);
		List<Long> sequences = new ArrayList<>(size);
		List<Object> raws = new ArrayList<>(size);
		List<Double> engineering = new ArrayList<>(size);
		long first = Long.MAX_VALUE;
		long last = Long.MIN_VALUE;
		int numeric = 0;
		double sum = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (EnrichedSample sample : bucket.samples()) {
			times.add(sample.timeMicros());
			sequences.add(sample.sequence());
			raws.add(sample.raw());
			engineering.add(sample.engineering());
			if (sample.engineering() != null) {
				double value = sample.engineering();
				numeric++;
				sum += value;
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
			first = Math.min(first, sample.timeMicros());
			last = Math.max(last, sample.timeMicros());
		}
		EnrichedSample latest = bucket.latest();
		List<Bson> updates = new ArrayList<>(
				List.of(Updates.setOnInsert(END, new Date(bucket.startMillis() + windowMillis)),
						Updates.set("missionId", latest.missionId()), Updates.set("subsystem", latest.subsystem()),
						Updates.set("unit", latest.unit()), Updates.set("known", latest.known()),
						Updates.set("derived", latest.derived()), Updates.pushEach(TIMES, times),
						Updates.pushEach(SEQUENCES, sequences), Updates.pushEach(RAW, raws),
						Updates.pushEach(ENGINEERING, engineering), Updates.inc(COUNT, size),
						Updates.min("first", first), Updates.max(LAST, last)));
		if (numeric > 0) {
			updates.add(Updates.inc("n", numeric));
			updates.add(Updates.inc("sum", sum));
			updates.add(Updates.min("min", min));
			updates.add(Updates.max("max", max));
		}
		return Updates.combine(updates);
	}

}
