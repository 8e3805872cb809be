package space.orbit.enricher.archive;

import java.util.Iterator;
import java.util.function.Function;

import com.mongodb.client.MongoCursor;
import org.bson.Document;

/**
 * Buckets read one by one from a MongoDB cursor (which fetches them a batch at a time);
 * closing it closes the cursor.
 */
final class BucketStream implements Iterator<ArchivedBucket>, AutoCloseable {

	private final MongoCursor<Document> documents;

	private final Function<Document, ArchivedBucket> read;

	BucketStream(MongoCursor<Document> documents, Function<Document, ArchivedBucket> read) {
		this.documents = documents;
		this.read = read;
	}

	@Override
	public boolean hasNext() {
		return this.documents.hasNext();
	}

	@Override
	public ArchivedBucket next() {
		return this.read.apply(this.documents.next());
	}

	@Override
	public void close() {
		this.documents.close();
	}

}
