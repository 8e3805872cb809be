package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The shape of a bucket document, which versions before the segment log (ADR 0031) wrote
 * and this one only reads until the retention empties the collection: <pre>
 * {spacecraftId, parameter, start, end, missionId, subsystem, unit, known, derived,
 *  t: [micros, ...], q: [sequence, ...], raw: [value or null, ...], eng: [number or null, ...],
 *  count, n, sum, min, max, first, last}
 * </pre> One document per (spacecraftId, parameter, start) (a unique index), samples
 * stored by column: the i-th entries of {@code t}, {@code q}, {@code raw} and {@code eng}
 * are one sample. {@code count} counts every sample, {@code n}, {@code sum}, {@code min}
 * and {@code max} the engineering values.
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
		// A plain equality document, not Filters.and (which renders as $and): the MongoDB
		// stand-in looks a document up by its unique index only for exactly the index's
		// keys; anything else scans the collection.
		return new Document(SPACECRAFT, spacecraftId).append(PARAMETER, parameter).append(START, new Date(startMillis));
	}

	/** A bucket as read back: its window, its summary and, when read, its samples. */
	static ArchivedBucket read(Document document, boolean withSamples) {
		long start = document.getDate(START).getTime() * 1_000L;
		long end = document.getDate(END).getTime() * 1_000L;
		List<ArchivedSample> samples = List.of();
		if (withSamples) {
			List<Number> times = document.getList(TIMES, Number.class, List.of());
			List<Number> sequences = document.getList(SEQUENCES, Number.class, List.of());
			List<Object> raws = document.getList(RAW, Object.class, List.of());
			List<Number> engineering = document.getList(ENGINEERING, Number.class, List.of());
			samples = new ArrayList<>(times.size());
			for (int i = 0; i < times.size(); i++) {
				Number value = engineering.get(i);
				samples.add(new ArchivedSample(times.get(i).longValue(), sequences.get(i).longValue(), raws.get(i),
						(value != null) ? value.doubleValue() : null));
			}
		}
		return new ArchivedBucket(start, end, SegmentDocuments.number(document, COUNT),
				SegmentDocuments.number(document, "n"), SegmentDocuments.decimal(document, "sum"),
				SegmentDocuments.decimal(document, "min"), SegmentDocuments.decimal(document, "max"), samples,
				metadata(document));
	}

	/** The registry's metadata a bucket or a segment records. */
	static ParameterMetadata metadata(Document document) {
		return new ParameterMetadata(Boolean.TRUE.equals(document.getBoolean("known")), document.getString("missionId"),
				document.getString("subsystem"), document.getString("unit"),
				Boolean.TRUE.equals(document.getBoolean("derived")));
	}

}
