package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import com.mongodb.client.MongoCursor;
import org.bson.Document;

/**
 * Windows read one by one from MongoDB cursors (each fetching a batch of documents at a
 * time), each cursor sorted by window start: the parts of a window (a bucket of earlier
 * versions, its segments) are {@linkplain ArchivedBucket#combine combined} into one, in
 * the order of the cursors given. Closing it closes the cursors.
 */
final class BucketStream implements Iterator<ArchivedBucket>, AutoCloseable {

	private final List<Source> sources;

	BucketStream(List<Source> sources) {
		this.sources = sources;
	}

	@Override
	public boolean hasNext() {
		return this.sources.stream().anyMatch((source) -> source.head() != null);
	}

	@Override
	public ArchivedBucket next() {
		long start = Long.MAX_VALUE;
		for (Source source : this.sources) {
			if (source.head() != null) {
				start = Math.min(start, source.head().startMicros());
			}
		}
		List<ArchivedBucket> parts = new ArrayList<>();
		for (Source source : this.sources) {
			while (source.head() != null && source.head().startMicros() == start) {
				parts.add(source.take());
			}
		}
		if (parts.isEmpty()) {
			throw new NoSuchElementException();
		}
		return ArchivedBucket.combine(parts);
	}

	/** Every window left, combined. */
	List<ArchivedBucket> toList() {
		try {
			List<ArchivedBucket> windows = new ArrayList<>();
			while (hasNext()) {
				windows.add(next());
			}
			return windows;
		}
		finally {
			close();
		}
	}

	@Override
	public void close() {
		this.sources.forEach((source) -> source.documents().close());
	}

	/** One collection's documents, sorted by window start, read as window parts. */
	static final class Source {

		private final MongoCursor<Document> documents;

		private final Function<Document, ArchivedBucket> read;

		private ArchivedBucket head;

		Source(MongoCursor<Document> documents, Function<Document, ArchivedBucket> read) {
			this.documents = documents;
			this.read = read;
		}

		MongoCursor<Document> documents() {
			return this.documents;
		}

		ArchivedBucket head() {
			if (this.head == null && this.documents.hasNext()) {
				this.head = this.read.apply(this.documents.next());
			}
			return this.head;
		}

		ArchivedBucket take() {
			ArchivedBucket taken = head();
			this.head = null;
			return taken;
		}

	}

}
