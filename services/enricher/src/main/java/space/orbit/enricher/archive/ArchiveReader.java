package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Reads buckets back for a time range, through the (spacecraftId, parameter, start)
 * index: their summaries only, or with their samples.
 */
public class ArchiveReader {

	/** Buckets fetched at a time when a page reads only as many as it needs. */
	private static final int BATCH = 8;

	private final MongoCollection<Document> buckets;

	private final long windowMillis;

	ArchiveReader(ArchiveCollection archive) {
		this.buckets = archive.buckets();
		this.windowMillis = archive.settings().window().toMillis();
	}

	long windowMicros() {
		return this.windowMillis * 1_000L;
	}

	/** Buckets overlapping {@code [from, to)} (epoch micros), oldest first. */
	List<ArchivedBucket> overlapping(String spacecraftId, String parameter, long fromMicros, long toMicros,
			boolean withSamples) {
		return read(range(spacecraftId, parameter, fromMicros, toMicros), withSamples);
	}

	/**
	 * The buckets whose window overlaps {@code [from, to)}, through the identity index.
	 */
	private Bson range(String spacecraftId, String parameter, long fromMicros, long toMicros) {
		long firstStart = Math.floorDiv(fromMicros, 1_000L) - this.windowMillis;
		return Filters.and(Filters.eq(BucketDocuments.SPACECRAFT, spacecraftId),
				Filters.eq(BucketDocuments.PARAMETER, parameter),
				Filters.gt(BucketDocuments.START, new Date(firstStart)),
				Filters.lt(BucketDocuments.START, new Date(Math.ceilDiv(toMicros, 1_000L))));
	}

	/**
	 * Buckets overlapping {@code [from, to)} (epoch micros), oldest first, with their
	 * samples, read until they hold {@code count} samples that are {@code wanted} (or the
	 * range ends): a page of samples reads as many buckets as it needs.
	 */
	List<ArchivedBucket> overlappingUntil(String spacecraftId, String parameter, long fromMicros, long toMicros,
			Predicate<ArchivedSample> wanted, int count) {
		List<ArchivedBucket> result = new ArrayList<>();
		long found = 0;
		try (MongoCursor<Document> documents = this.buckets.find(range(spacecraftId, parameter, fromMicros, toMicros))
			.sort(Sorts.ascending(BucketDocuments.START))
			.batchSize(BATCH)
			.cursor()) {
			while (found < count && documents.hasNext()) {
				ArchivedBucket bucket = bucket(documents.next(), true);
				result.add(bucket);
				found += bucket.samples().stream().filter(wanted).count();
			}
		}
		return result;
	}

	/**
	 * Buckets overlapping {@code [from, to)} (epoch micros), oldest first, with their
	 * samples, fetched from a cursor {@code batch} buckets at a time: the caller holds
	 * one batch, never the range. Close it.
	 */
	BucketStream stream(String spacecraftId, String parameter, long fromMicros, long toMicros, int batch) {
		MongoCursor<Document> documents = this.buckets.find(range(spacecraftId, parameter, fromMicros, toMicros))
			.sort(Sorts.ascending(BucketDocuments.START))
			.batchSize(batch)
			.cursor();
		return new BucketStream(documents, (document) -> bucket(document, true));
	}

	/** The buckets of the given starts (epoch micros), with their samples. */
	List<ArchivedBucket> withSamples(String spacecraftId, String parameter, List<Long> startsMicros) {
		if (startsMicros.isEmpty()) {
			return List.of();
		}
		List<Date> starts = startsMicros.stream().map(start -> new Date(start / 1_000L)).toList();
		Bson filter = Filters.and(Filters.eq(BucketDocuments.SPACECRAFT, spacecraftId),
				Filters.eq(BucketDocuments.PARAMETER, parameter), Filters.in(BucketDocuments.START, starts));
		return read(filter, true);
	}

	private List<ArchivedBucket> read(Bson filter, boolean withSamples) {
		Bson projection = withSamples ? null : Projections.exclude(BucketDocuments.COLUMNS);
		List<ArchivedBucket> result = new ArrayList<>();
		for (Document document : this.buckets.find(filter)
			.projection(projection)
			.sort(Sorts.ascending(BucketDocuments.START))) {
			result.add(bucket(document, withSamples));
		}
		return result;
	}

	private ArchivedBucket bucket(Document document, boolean withSamples) {
		long start = document.getDate(BucketDocuments.START).getTime() * 1_000L;
		long end = document.getDate(BucketDocuments.END).getTime() * 1_000L;
		List<ArchivedSample> samples = List.of();
		if (withSamples) {
			List<Number> times = document.getList(BucketDocuments.TIMES, Number.class, List.of());
			List<Number> sequences = document.getList(BucketDocuments.SEQUENCES, Number.class, List.of());
			List<Object> raws = document.getList(BucketDocuments.RAW, Object.class, List.of());
			List<Number> engineering = document.getList(BucketDocuments.ENGINEERING, Number.class, List.of());
			samples = new ArrayList<>(times.size());
			for (int i = 0; i < times.size(); i++) {
				Number value = engineering.get(i);
				samples.add(new ArchivedSample(times.get(i).longValue(), sequences.get(i).longValue(), raws.get(i),
						(value != null) ? value.doubleValue() : null));
			}
		}
		ParameterMetadata metadata = new ParameterMetadata(Boolean.TRUE.equals(document.getBoolean("known")),
				document.getString("missionId"), document.getString("subsystem"), document.getString("unit"),
				Boolean.TRUE.equals(document.getBoolean("derived")));
		return new ArchivedBucket(start, end, number(document, "count"), number(document, "n"),
				decimal(document, "sum"), decimal(document, "min"), decimal(document, "max"), samples, metadata);
	}

	private static long number(Document document, String field) {
		Number value = document.get(field, Number.class);
		return (value != null) ? value.longValue() : 0;
	}

	private static double decimal(Document document, String field) {
		Number value = document.get(field, Number.class);
		return (value != null) ? value.doubleValue() : Double.NaN;
	}

}
