package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Reads what a window holds, through the unique {@code _id} index only (the one index the
 * stand-in uses for this): its slots by {@code _id $in}, {@value #PAGE} at a time until a
 * page is not full (slots are taken in order, so the first gap ends them), then the
 * identities of the segments whose {@code [first, last]} overlaps the samples to write
 * (their {@code cols}, the t and q columns decoded), and the window's bucket if an
 * earlier version may have written one.
 */
final class WindowProbe {

	static final int PAGE = 64;

	private final ArchiveCollection archive;

	private final MongoCollection<Document> segments;

	WindowProbe(ArchiveCollection archive) {
		this.archive = archive;
		this.segments = archive.segments();
	}

	/**
	 * The window's slots, and its identities in {@code [from, to]} (epoch micros), those
	 * of its bucket of an earlier version included.
	 */
	Seen window(String spacecraftId, String parameter, long startMillis, long fromMicros, long toMicros) {
		String window = SegmentDocuments.window(spacecraftId, parameter, startMillis);
		List<Document> found = new ArrayList<>();
		for (int base = 0;; base += PAGE) {
			List<String> ids = new ArrayList<>(PAGE);
			for (int n = base; n < base + PAGE; n++) {
				ids.add(SegmentDocuments.id(window, n));
			}
			int before = found.size();
			this.segments.find(Filters.in(SegmentDocuments.ID, ids))
				.projection(Projections.include(SegmentDocuments.SLOT, SegmentDocuments.FIRST, SegmentDocuments.LAST))
				.into(found);
			if (found.size() - before < PAGE) {
				break;
			}
		}
		int next = 0;
		long lastTime = Long.MIN_VALUE;
		List<String> overlapping = new ArrayList<>();
		for (Document segment : found) {
			next = Math.max(next, segment.get(SegmentDocuments.SLOT, Number.class).intValue() + 1);
			long first = SegmentDocuments.number(segment, SegmentDocuments.FIRST);
			long last = SegmentDocuments.number(segment, SegmentDocuments.LAST);
			lastTime = Math.max(lastTime, last);
			if (first <= toMicros && last >= fromMicros) {
				overlapping.add(segment.getString(SegmentDocuments.ID));
			}
		}
		Set<Identity> held = new HashSet<>();
		Identity newest = new Identity(Long.MIN_VALUE, Long.MIN_VALUE);
		if (!overlapping.isEmpty()) {
			for (Document segment : this.segments.find(Filters.in(SegmentDocuments.ID, overlapping))
				.projection(Projections.include(SegmentDocuments.COLUMNS))) {
				SegmentCodec.Identities identities = SegmentCodec
					.identities(segment.get(SegmentDocuments.COLUMNS, Binary.class).getData());
				for (int i = 0; i < identities.times().length; i++) {
					Identity identity = new Identity(identities.times()[i], identities.sequences()[i]);
					held.add(identity);
					newest = identity.isAfter(newest) ? identity : newest;
				}
			}
		}
		if (startMillis < this.archive.bucketsEndMillis()) {
			newest = bucket(spacecraftId, parameter, startMillis, held, newest);
		}
		WindowCache.WindowState state = (lastTime > newest.time())
				? new WindowCache.WindowState(next, lastTime, Long.MAX_VALUE)
				: new WindowCache.WindowState(next, newest.time(), newest.sequence());
		return new Seen(next, state, held);
	}

	/** Adds the identities of the window's bucket, if any; returns the newest seen. */
	private Identity bucket(String spacecraftId, String parameter, long startMillis, Set<Identity> held,
			Identity newest) {
		Document bucket = this.archive.buckets()
			.find(BucketDocuments.identity(spacecraftId, parameter, startMillis))
			.projection(Projections.include(BucketDocuments.TIMES, BucketDocuments.SEQUENCES))
			.first();
		if (bucket == null) {
			return newest;
		}
		List<Number> times = bucket.getList(BucketDocuments.TIMES, Number.class, List.of());
		List<Number> sequences = bucket.getList(BucketDocuments.SEQUENCES, Number.class, List.of());
		for (int i = 0; i < times.size(); i++) {
			Identity identity = new Identity(times.get(i).longValue(), sequences.get(i).longValue());
			held.add(identity);
			newest = identity.isAfter(newest) ? identity : newest;
		}
		return newest;
	}

	/**
	 * A window as probed.
	 *
	 * @param next its next free slot
	 * @param state what the writer may remember of it
	 * @param held the identities it holds around the samples to write
	 */
	record Seen(int next, WindowCache.WindowState state, Set<Identity> held) {

		boolean holds(long timeMicros, long sequence) {
			return this.held.contains(new Identity(timeMicros, sequence));
		}

	}

	/** A sample's identity: its frame's time and sequence. */
	record Identity(long time, long sequence) {

		boolean isAfter(Identity other) {
			return this.time > other.time || (this.time == other.time && this.sequence > other.sequence);
		}

	}

}
