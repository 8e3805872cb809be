package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Reads windows back for a time range, through the (spacecraftId, parameter, start)
 * index: their summaries only, or with their samples. A window is its segments combined,
 * with the bucket an earlier version wrote for it while that collection holds any.
 */
public class ArchiveReader {

	/** Documents fetched at a time when a page reads only as many as it needs. */
	private static final int BATCH = 8;

	private final ArchiveCollection archive;

	private final long windowMillis;

	ArchiveReader(ArchiveCollection archive) {
		this.archive = archive;
		this.windowMillis = archive.settings().window().toMillis();
	}

	long windowMicros() {
		return this.windowMillis * 1_000L;
	}

	/** Windows overlapping {@code [from, to)} (epoch micros), oldest first. */
	List<ArchivedBucket> overlapping(String spacecraftId, String parameter, long fromMicros, long toMicros,
			boolean withSamples) {
		return open(range(spacecraftId, parameter, fromMicros, toMicros), withSamples, 0).toList();
	}

	/**
	 * The documents whose window overlaps {@code [from, to)}, through the range index.
	 */
	private Bson range(String spacecraftId, String parameter, long fromMicros, long toMicros) {
		long firstStart = Math.floorDiv(fromMicros, 1_000L) - this.windowMillis;
		return Filters.and(Filters.eq(SegmentDocuments.SPACECRAFT, spacecraftId),
				Filters.eq(SegmentDocuments.PARAMETER, parameter),
				Filters.gt(SegmentDocuments.START, new Date(firstStart)),
				Filters.lt(SegmentDocuments.START, new Date(Math.ceilDiv(toMicros, 1_000L))));
	}

	/**
	 * Windows overlapping {@code [from, to)} (epoch micros), oldest first, with their
	 * samples, read until they hold {@code count} samples that are {@code wanted} (or the
	 * range ends): a page of samples reads as many windows as it needs.
	 */
	List<ArchivedBucket> overlappingUntil(String spacecraftId, String parameter, long fromMicros, long toMicros,
			Predicate<ArchivedSample> wanted, int count) {
		List<ArchivedBucket> result = new ArrayList<>();
		long found = 0;
		try (BucketStream windows = open(range(spacecraftId, parameter, fromMicros, toMicros), true, BATCH)) {
			while (found < count && windows.hasNext()) {
				ArchivedBucket window = windows.next();
				result.add(window);
				found += window.samples().stream().filter(wanted).count();
			}
		}
		return result;
	}

	/**
	 * Windows overlapping {@code [from, to)} (epoch micros), oldest first, with their
	 * samples, fetched from cursors {@code batch} documents at a time: the caller holds a
	 * batch, never the range. Close it.
	 */
	BucketStream stream(String spacecraftId, String parameter, long fromMicros, long toMicros, int batch) {
		return open(range(spacecraftId, parameter, fromMicros, toMicros), true, batch);
	}

	/** The windows of the given starts (epoch micros), with their samples. */
	List<ArchivedBucket> withSamples(String spacecraftId, String parameter, List<Long> startsMicros) {
		if (startsMicros.isEmpty()) {
			return List.of();
		}
		List<Date> starts = startsMicros.stream().map(start -> new Date(start / 1_000L)).toList();
		Bson filter = Filters.and(Filters.eq(SegmentDocuments.SPACECRAFT, spacecraftId),
				Filters.eq(SegmentDocuments.PARAMETER, parameter), Filters.in(SegmentDocuments.START, starts));
		return open(filter, true, 0).toList();
	}

	/** The buckets of earlier versions first, so a window's segments come after. */
	private BucketStream open(Bson filter, boolean withSamples, int batch) {
		List<BucketStream.Source> sources = new ArrayList<>(2);
		if (this.archive.hasBuckets()) {
			sources.add(source(this.archive.buckets(), filter, Sorts.ascending(BucketDocuments.START),
					withSamples ? null : Projections.exclude(BucketDocuments.COLUMNS), batch,
					(document) -> BucketDocuments.read(document, withSamples)));
		}
		try {
			sources.add(source(this.archive.segments(), filter,
					Sorts.ascending(SegmentDocuments.START, SegmentDocuments.SLOT),
					withSamples ? null : Projections.exclude(SegmentDocuments.COLUMNS), batch,
					(document) -> SegmentDocuments.read(document, withSamples)));
		}
		catch (RuntimeException ex) {
			new BucketStream(sources).close();
			throw ex;
		}
		return new BucketStream(sources);
	}

	private static BucketStream.Source source(MongoCollection<Document> collection, Bson filter, Bson sort,
			Bson projection, int batch, Function<Document, ArchivedBucket> read) {
		return new BucketStream.Source(
				collection.find(filter).projection(projection).sort(sort).batchSize(batch).cursor(), read);
	}

}
