package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
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
		long firstStart = Math.floorDiv(fromMicros, 1_000L) - this.windowMillis;
		Bson filter = Filters.and(Filters.eq(BucketDocuments.SPACECRAFT, spacecraftId),
				Filters.eq(BucketDocuments.PARAMETER, parameter),
				Filters.gt(BucketDocuments.START, new Date(firstStart)),
				Filters.lt(BucketDocuments.START, new Date(Math.ceilDiv(toMicros, 1_000L))));
		return read(filter, withSamples);
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
