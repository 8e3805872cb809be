package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

import space.orbit.enricher.enrichment.EnrichedSample;

/**
 * Writes enriched samples as segments, insert-only (ADR 0031): per window the samples of
 * one write become one segment at the window's next free slot, all in one unordered
 * {@code insertMany}. The slot comes from a {@link WindowCache} when every sample is
 * after what the window holds (the steady state: no read), or slot 0 for a window it does
 * not know (free only while the window is empty; a window that buckets of an earlier
 * version may hold is probed instead). Otherwise, or when the unique {@code _id} refuses
 * the slot (a redelivery, a restart, another writer), the window is probed
 * ({@link WindowProbe}) and only the samples it lacks are inserted at its next free slot,
 * at most {@code MAX_ATTEMPTS} times before the failure is thrown: the caller retries the
 * whole write, which the slots make harmless. A slot is always chosen having seen every
 * slot before it, so no two segments hold one sample.
 */
public class SegmentWriter {

	static final int DUPLICATE_KEY = 11000;

	static final int MAX_ATTEMPTS = 8;

	private static final Comparator<EnrichedSample> IDENTITY_ORDER = Comparator
		.comparingLong(EnrichedSample::timeMicros)
		.thenComparingLong(EnrichedSample::sequence);

	private final ArchiveCollection archive;

	private final MongoCollection<Document> segments;

	private final long windowMillis;

	private final WindowCache windows;

	private final WindowProbe probe;

	private final AtomicLong probes = new AtomicLong();

	public SegmentWriter(ArchiveCollection archive) {
		this.archive = archive;
		this.segments = archive.segments();
		this.windowMillis = archive.settings().window().toMillis();
		this.windows = new WindowCache(archive.settings().cachedWindows());
		this.probe = new WindowProbe(archive);
	}

	public ArchiveWrite write(List<EnrichedSample> samples) {
		if (samples.isEmpty()) {
			return new ArchiveWrite(0, 0, 0);
		}
		this.archive.ensureIndexes();
		List<Segment> appends = new ArrayList<>();
		List<Segment> refused = new ArrayList<>();
		for (Bucket bucket : Bucket.group(samples, this.windowMillis)) {
			Segment segment = Segment.of(bucket);
			WindowCache.WindowState state = this.windows.get(segment.window());
			if (state == null && segment.bucket().startMillis() >= this.archive.bucketsEndMillis()) {
				appends.add(segment.at(0));
			}
			else if (state == null) {
				refused.add(segment);
			}
			else if (state.isBefore(segment.first().timeMicros(), segment.first().sequence())) {
				appends.add(segment.at(state.next()));
			}
			else {
				refused.add(segment);
			}
		}
		List<Segment> taken = insert(appends);
		int added = appends.stream().mapToInt((s) -> s.samples().size()).sum()
				- taken.stream().mapToInt((s) -> s.samples().size()).sum();
		ArchiveWrite written = new ArchiveWrite(appends.size() - taken.size(), added, 0);
		refused.addAll(taken);
		for (Segment segment : refused) {
			written = written.plus(writeMissing(segment));
		}
		return written;
	}

	/** Window probes done since this writer started (none in the steady state). */
	public long probes() {
		return this.probes.get();
	}

	/**
	 * Forgets every window: another consumer may write them now (partitions revoked).
	 */
	public void forgetWindows() {
		this.windows.clear();
	}

	/** Inserts the segments; returns those whose slot was taken. */
	private List<Segment> insert(List<Segment> appends) {
		if (appends.isEmpty()) {
			return List.of();
		}
		List<Document> documents = appends.stream().map((s) -> s.document(this.windowMillis)).toList();
		boolean[] taken = new boolean[appends.size()];
		try {
			this.segments.insertMany(documents, new InsertManyOptions().ordered(false));
		}
		catch (MongoBulkWriteException ex) {
			for (BulkWriteError error : ex.getWriteErrors()) {
				if (error.getCode() != DUPLICATE_KEY) {
					appends.forEach((s) -> this.windows.remove(s.window()));
					throw ex;
				}
				taken[error.getIndex()] = true;
			}
		}
		catch (RuntimeException ex) {
			appends.forEach((s) -> this.windows.remove(s.window()));
			throw ex;
		}
		List<Segment> refused = new ArrayList<>();
		for (int i = 0; i < taken.length; i++) {
			Segment segment = appends.get(i);
			if (taken[i]) {
				this.windows.remove(segment.window());
				refused.add(segment);
			}
			else {
				this.windows.put(segment.window(), segment.stateAfter());
			}
		}
		return refused;
	}

	/**
	 * Probes the window, inserts the samples it lacks at its next free slot; again while
	 * another writer takes that slot first.
	 */
	private ArchiveWrite writeMissing(Segment segment) {
		for (int attempt = 1;; attempt++) {
			this.probes.incrementAndGet();
			WindowProbe.Seen seen = this.probe.window(segment.bucket(), segment.first().timeMicros(),
					segment.last().timeMicros());
			List<EnrichedSample> missing = segment.samples()
				.stream()
				.filter((s) -> !seen.holds(s.timeMicros(), s.sequence()))
				.toList();
			int duplicates = segment.samples().size() - missing.size();
			if (missing.isEmpty()) {
				this.windows.put(segment.window(), seen.state());
				return new ArchiveWrite(0, 0, duplicates);
			}
			Segment rest = new Segment(segment.window(), segment.bucket(), missing, segment.latest(), seen.next());
			try {
				this.segments.insertOne(rest.document(this.windowMillis));
				this.windows.put(segment.window(),
						seen.state().after(rest.slot(), rest.last().timeMicros(), rest.last().sequence()));
				return new ArchiveWrite(1, missing.size(), duplicates);
			}
			catch (MongoWriteException ex) {
				this.windows.remove(segment.window());
				if (ex.getCode() != DUPLICATE_KEY || attempt >= MAX_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/**
	 * The samples of one write to one window, sorted by identity, and the slot they go
	 * to.
	 */
	record Segment(String window, Bucket bucket, List<EnrichedSample> samples, EnrichedSample latest, int slot) {

		static Segment of(Bucket bucket) {
			List<EnrichedSample> sorted = bucket.samples();
			for (int i = 1; i < sorted.size(); i++) {
				if (IDENTITY_ORDER.compare(sorted.get(i - 1), sorted.get(i)) > 0) {
					sorted = new ArrayList<>(sorted);
					sorted.sort(IDENTITY_ORDER);
					break;
				}
			}
			return new Segment(SegmentDocuments.window(bucket.spacecraftId(), bucket.parameter(), bucket.startMillis()),
					bucket, sorted, bucket.latest(), -1);
		}

		Segment at(int slot) {
			return new Segment(this.window, this.bucket, this.samples, this.latest, slot);
		}

		EnrichedSample first() {
			return this.samples.getFirst();
		}

		EnrichedSample last() {
			return this.samples.getLast();
		}

		Document document(long windowMillis) {
			return SegmentDocuments.document(this.bucket, this.samples, this.latest, this.slot, windowMillis);
		}

		/** The window once this segment is in. */
		WindowCache.WindowState stateAfter() {
			return new WindowCache.WindowState(this.slot + 1, last().timeMicros(), last().sequence());
		}

	}

}
