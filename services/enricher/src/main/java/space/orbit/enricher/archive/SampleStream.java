package space.orbit.enricher.archive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One parameter's samples within a range, in time (then sequence) order, read window by
 * window from a {@link BucketStream}: at most one window's samples are held. Windows are
 * disjoint and read oldest first, so sorting each window orders the whole stream.
 */
final class SampleStream implements AutoCloseable {

	private final ArchiveQuery query;

	private final BucketStream buckets;

	private final int order;

	private final Deque<ArchivedSample> pending = new ArrayDeque<>();

	private String unit;

	SampleStream(ArchiveQuery query, int order, BucketStream buckets) {
		this.query = query;
		this.order = order;
		this.buckets = buckets;
	}

	/** The next sample, or null at the end of the range. */
	ArchivedSample peek() {
		while (this.pending.isEmpty() && this.buckets.hasNext()) {
			ArchivedBucket bucket = this.buckets.next();
			List<ArchivedSample> samples = new ArrayList<>(bucket.samples().size());
			for (ArchivedSample sample : bucket.samples()) {
				if (this.query.contains(sample.timeMicros())) {
					samples.add(sample);
				}
			}
			samples.sort(ArchiveQueries.TIME_ORDER);
			this.pending.addAll(samples);
			if (bucket.metadata().unit() != null) {
				this.unit = bucket.metadata().unit();
			}
		}
		return this.pending.peekFirst();
	}

	/** Takes the sample {@link #peek()} showed. */
	ArchivedSample take() {
		return this.pending.removeFirst();
	}

	/** Its place among the parameters asked for: the order of a frame's samples. */
	int order() {
		return this.order;
	}

	ArchiveQuery query() {
		return this.query;
	}

	/** The unit of the bucket read last, or null. */
	String unit() {
		return this.unit;
	}

	@Override
	public void close() {
		this.buckets.close();
	}

}
