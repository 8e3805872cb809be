package space.orbit.enricher.archive;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Binary;

import space.orbit.enricher.enrichment.EnrichedColumns;

/**
 * The shape of a segment document: some samples of one spacecraft, parameter and window,
 * written once and never changed: <pre>
 * {_id: "spacecraftId|parameter|window start ms|n", spacecraftId, parameter, start, end,
 *  first, last (epoch micros), missionId, subsystem, unit, known, derived,
 *  count, n, numeric, sum, min, max, cols: BinData}
 * </pre> {@code n} is the segment's slot in its window (0, 1, 2, ...), so {@code _id}
 * names a slot and the unique {@code _id} index refuses a second segment in it.
 * {@code count} counts the samples, {@code numeric}, {@code sum}, {@code min} and
 * {@code max} their engineering values (the bucket documents of earlier versions called
 * that count {@code n}; here {@code n} is the slot, as ADR 0030 names it); {@code first}
 * and {@code last} are the times of the oldest and newest sample; {@code cols} holds the
 * samples ({@link SegmentCodec}), sorted by (t, q).
 */
final class SegmentDocuments {

	static final String ID = "_id";

	static final String SPACECRAFT = "spacecraftId";

	static final String PARAMETER = "parameter";

	static final String START = "start";

	static final String END = "end";

	static final String FIRST = "first";

	static final String LAST = "last";

	static final String COUNT = "count";

	static final String SLOT = "n";

	static final String NUMERIC = "numeric";

	static final String COLUMNS = "cols";

	private SegmentDocuments() {
	}

	/** The prefix of the ids of a window's segments. */
	static String window(String spacecraftId, String parameter, long startMillis) {
		return spacecraftId + "|" + parameter + "|" + startMillis;
	}

	/** The id of slot {@code n} of a window. */
	static String id(String window, int n) {
		return window + "|" + n;
	}

	/**
	 * A segment of {@code samples} (sorted by (t, q), one per identity) of a window at
	 * slot {@code n}; {@code latest} is the column whose registry metadata it records.
	 */
	static Document document(String spacecraftId, String parameter, long startMillis, SegmentSamples samples,
			EnrichedColumns latest, int n, long windowMillis) {
		int numeric = 0;
		double sum = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < samples.size(); i++) {
			if (samples.hasEngineering(i)) {
				double value = samples.engineering(i);
				numeric++;
				sum += value;
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
		}
		Document document = new Document(ID, id(window(spacecraftId, parameter, startMillis), n))
			.append(SPACECRAFT, spacecraftId)
			.append(PARAMETER, parameter)
			.append(START, new Date(startMillis))
			.append(END, new Date(startMillis + windowMillis))
			.append(FIRST, samples.time(0))
			.append(LAST, samples.time(samples.size() - 1))
			.append("missionId", latest.missionId())
			.append("subsystem", latest.subsystem())
			.append("unit", latest.unit())
			.append("known", latest.known())
			.append("derived", latest.derived())
			.append(COUNT, samples.size())
			.append(SLOT, n)
			.append(NUMERIC, numeric);
		if (numeric > 0) {
			document.append("sum", sum).append("min", min).append("max", max);
		}
		return document.append(COLUMNS, new Binary(SegmentCodec.encode(samples)));
	}

	/** A segment as read back: its window, its summary and, when read, its samples. */
	static ArchivedBucket read(Document document, boolean withSamples) {
		long start = document.getDate(START).getTime() * 1_000L;
		long end = document.getDate(END).getTime() * 1_000L;
		List<ArchivedSample> samples = List.of();
		if (withSamples) {
			samples = SegmentCodec.decode(document.get(COLUMNS, Binary.class).getData());
		}
		return new ArchivedBucket(start, end, number(document, COUNT), number(document, NUMERIC),
				decimal(document, "sum"), decimal(document, "min"), decimal(document, "max"), samples,
				BucketDocuments.metadata(document));
	}

	static long number(Document document, String field) {
		Number value = document.get(field, Number.class);
		return (value != null) ? value.longValue() : 0;
	}

	static double decimal(Document document, String field) {
		Number value = document.get(field, Number.class);
		return (value != null) ? value.doubleValue() : Double.NaN;
	}

}
