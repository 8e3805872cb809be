package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

import space.orbit.enricher.enrichment.EnrichedColumns;
import space.orbit.enricher.enrichment.EnrichedRecord;
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

	/**
	 * Writes samples held one by one (tests, tools): each run of samples of one column
	 * (one spacecraft, parameter and description, in ascending (t, q)) is written as a
	 * record of its own, so the archive is what it was when samples were written one by
	 * one: a sample whose identity repeats in its window is kept once (the first), and a
	 * segment's description is its window's newest sample's in the list.
	 */
	public ArchiveWrite write(List<EnrichedSample> samples) {
		List<EnrichedRecord> runs = new ArrayList<>();
		int from = 0;
		for (int i = 1; i <= samples.size(); i++) {
			if (i == samples.size() || !continues(samples.get(i - 1), samples.get(i))) {
				List<EnrichedSample> run = samples.subList(from, i);
				runs.add(new EnrichedRecord(run.getFirst().spacecraftId(), List.of(EnrichedColumns.of(run))));
				from = i;
			}
		}
		return writeRecords(runs);
	}

	/**
	 * Writes enriched records, in the order they were read: per window, the slices of the
	 * records' columns that fall in it become one segment, sorted by (t, q), one sample
	 * per identity (the first read), described by the newest sample read.
	 */
	public ArchiveWrite writeRecords(List<EnrichedRecord> records) {
		Map<WindowKey, List<Slice>> windows = new LinkedHashMap<>();
		int rank = 0;
		for (EnrichedRecord record : records) {
			for (EnrichedColumns column : record.columns()) {
				int size = column.size();
				int i = 0;
				while (i < size) {
					long start = windowStart(column.time(i));
					int j = i + 1;
					while (j < size && windowStart(column.time(j)) == start) {
						j++;
					}
					windows
						.computeIfAbsent(new WindowKey(column.spacecraftId(), column.parameter(), start),
								(key) -> new ArrayList<>(1))
						.add(new Slice(rank, column, i, j));
					i = j;
				}
			}
			rank++;
		}
		if (windows.isEmpty()) {
			return new ArchiveWrite(0, 0, 0);
		}
		this.archive.ensureIndexes();
		List<Segment> appends = new ArrayList<>();
		List<Segment> refused = new ArrayList<>();
		for (Map.Entry<WindowKey, List<Slice>> window : windows.entrySet()) {
			Segment segment = Segment.of(window.getKey(), window.getValue());
			WindowCache.WindowState state = this.windows.get(segment.window());
			if (state == null && segment.startMillis() >= this.archive.bucketsEndMillis()) {
				appends.add(segment.at(0));
			}
			else if (state == null) {
				refused.add(segment);
			}
			else if (state.isBefore(segment.firstTime(), segment.firstSequence())) {
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

	private long windowStart(long timeMicros) {
		return Math.floorDiv(Math.floorDiv(timeMicros, 1_000L), this.windowMillis) * this.windowMillis;
	}

	/** Whether {@code next} continues the run of {@code previous}'s column. */
	private static boolean continues(EnrichedSample previous, EnrichedSample next) {
		return Objects.equals(previous.spacecraftId(), next.spacecraftId())
				&& Objects.equals(previous.parameter(), next.parameter())
				&& Objects.equals(previous.missionId(), next.missionId())
				&& Objects.equals(previous.subsystem(), next.subsystem())
				&& Objects.equals(previous.unit(), next.unit()) && previous.known() == next.known()
				&& previous.derived() == next.derived() && (next.timeMicros() > previous.timeMicros()
						|| (next.timeMicros() == previous.timeMicros() && next.sequence() > previous.sequence()));
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
			WindowProbe.Seen seen = this.probe.window(segment.spacecraftId(), segment.parameter(),
					segment.startMillis(), segment.firstTime(), segment.lastTime());
			SegmentSamples missing = segment.samples().without(seen);
			int duplicates = segment.samples().size() - missing.size();
			if (missing.size() == 0) {
				this.windows.put(segment.window(), seen.state());
				return new ArchiveWrite(0, 0, duplicates);
			}
			Segment rest = segment.with(missing).at(seen.next());
			try {
				this.segments.insertOne(rest.document(this.windowMillis));
				this.windows.put(segment.window(),
						seen.state().after(rest.slot(), rest.lastTime(), rest.lastSequence()));
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

	/** A window of one spacecraft and parameter. */
	record WindowKey(String spacecraftId, String parameter, long startMillis) {
	}

	/**
	 * Samples {@code [from, to)} of a column, all in one window, from the record of rank
	 * {@code rank} in the write (the order records were read).
	 */
	record Slice(int rank, EnrichedColumns column, int from, int to) {

		long firstTime() {
			return this.column.time(this.from);
		}

		long firstSequence() {
			return this.column.sequence(this.from);
		}

		long lastTime() {
			return this.column.time(this.to - 1);
		}

		long lastSequence() {
			return this.column.sequence(this.to - 1);
		}

	}

	/**
	 * The samples of one write to one window, sorted by identity, the column that
	 * describes them (that of the newest sample read), and the slot they go to.
	 */
	record Segment(String window, String spacecraftId, String parameter, long startMillis, SegmentSamples samples,
			EnrichedColumns latest, int slot) {

		/**
		 * The slices of a window as one segment. A column's samples are in (t, q) order
		 * (within a record, that is the order they were read); when the slices follow one
		 * another, they are only put end to end; otherwise they are merged, and of
		 * samples of one identity only the first read is kept.
		 */
		static Segment of(WindowKey key, List<Slice> slices) {
			String window = SegmentDocuments.window(key.spacecraftId(), key.parameter(), key.startMillis());
			Slice last = slices.getLast();
			if (slices.size() == 1) {
				return new Segment(window, key.spacecraftId(), key.parameter(), key.startMillis(),
						SegmentSamples.slice(last.column(), last.from(), last.to()), last.column(), -1);
			}
			int size = 0;
			boolean ascending = true;
			for (int k = 0; k < slices.size(); k++) {
				Slice slice = slices.get(k);
				size += slice.to() - slice.from();
				if (k > 0) {
					Slice previous = slices.get(k - 1);
					ascending &= after(slice.firstTime(), slice.firstSequence(), previous.lastTime(),
							previous.lastSequence());
				}
			}
			SegmentSamples samples = new SegmentSamples(size);
			if (ascending) {
				for (Slice slice : slices) {
					for (int i = slice.from(); i < slice.to(); i++) {
						samples.add(slice.column(), i);
					}
				}
				return new Segment(window, key.spacecraftId(), key.parameter(), key.startMillis(), samples,
						last.column(), -1);
			}
			return merged(window, key, slices, size);
		}

		private static Segment merged(String window, WindowKey key, List<Slice> slices, int size) {
			int[] sliceOf = new int[size];
			int[] indexOf = new int[size];
			Integer[] order = new Integer[size];
			int n = 0;
			for (int k = 0; k < slices.size(); k++) {
				for (int i = slices.get(k).from(); i < slices.get(k).to(); i++) {
					sliceOf[n] = k;
					indexOf[n] = i;
					order[n] = n;
					n++;
				}
			}
			Arrays.sort(order, (a, b) -> {
				EnrichedColumns x = slices.get(sliceOf[a]).column();
				EnrichedColumns y = slices.get(sliceOf[b]).column();
				int byTime = Long.compare(x.time(indexOf[a]), y.time(indexOf[b]));
				if (byTime != 0) {
					return byTime;
				}
				int bySequence = Long.compare(x.sequence(indexOf[a]), y.sequence(indexOf[b]));
				return (bySequence != 0) ? bySequence : Integer.compare(sliceOf[a], sliceOf[b]);
			});
			SegmentSamples samples = new SegmentSamples(size);
			Slice newest = null;
			long newestTime = 0;
			long newestSequence = 0;
			for (int o = 0; o < size; o++) {
				int entry = order[o];
				Slice slice = slices.get(sliceOf[entry]);
				long time = slice.column().time(indexOf[entry]);
				long sequence = slice.column().sequence(indexOf[entry]);
				int kept = samples.size();
				if (kept > 0 && samples.time(kept - 1) == time && samples.sequence(kept - 1) == sequence) {
					continue;
				}
				samples.add(slice.column(), indexOf[entry]);
				// read in rank order, and within a record in (t, q) order
				if (newest == null || slice.rank() > newest.rank()
						|| (slice.rank() == newest.rank() && after(time, sequence, newestTime, newestSequence))) {
					newest = slice;
					newestTime = time;
					newestSequence = sequence;
				}
			}
			return new Segment(window, key.spacecraftId(), key.parameter(), key.startMillis(), samples, newest.column(),
					-1);
		}

		private static boolean after(long time, long sequence, long otherTime, long otherSequence) {
			return time > otherTime || (time == otherTime && sequence > otherSequence);
		}

		Segment at(int slot) {
			return new Segment(this.window, this.spacecraftId, this.parameter, this.startMillis, this.samples,
					this.latest, slot);
		}

		Segment with(SegmentSamples samples) {
			return new Segment(this.window, this.spacecraftId, this.parameter, this.startMillis, samples, this.latest,
					this.slot);
		}

		long firstTime() {
			return this.samples.time(0);
		}

		long firstSequence() {
			return this.samples.sequence(0);
		}

		long lastTime() {
			return this.samples.time(this.samples.size() - 1);
		}

		long lastSequence() {
			return this.samples.sequence(this.samples.size() - 1);
		}

		Document document(long windowMillis) {
			return SegmentDocuments.document(this.spacecraftId, this.parameter, this.startMillis, this.samples,
					this.latest, this.slot, windowMillis);
		}

		/** The window once this segment is in. */
		WindowCache.WindowState stateAfter() {
			return new WindowCache.WindowState(this.slot + 1, lastTime(), lastSequence());
		}

	}

}
