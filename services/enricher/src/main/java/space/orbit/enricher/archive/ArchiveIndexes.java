package space.orbit.enricher.archive;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The segment collection's indexes: the unique {@code _id} (a window's slot), which
 * guards idempotency; (spacecraftId, parameter, start), not unique (a window has as many
 * segments as writes), which serves time-range queries on MongoDB; and a TTL index on
 * {@code end} that removes a segment {@code retention} after its window ends. A changed
 * retention replaces the TTL index (drop and create: {@code collMod} is not on the
 * stand-in). The buckets of earlier versions keep the TTL index they were created with:
 * on the stand-in the sweep applies the current retention to them.
 */
final class ArchiveIndexes {

	static final String TTL_INDEX = "end_ttl";

	static final String RANGE_INDEX = "spacecraft_parameter_start";

	private static final Logger log = LoggerFactory.getLogger(ArchiveIndexes.class);

	private ArchiveIndexes() {
	}

	static void ensure(MongoCollection<Document> segments, Duration retention) {
		segments.createIndex(
				Indexes.ascending(SegmentDocuments.SPACECRAFT, SegmentDocuments.PARAMETER, SegmentDocuments.START),
				new IndexOptions().name(RANGE_INDEX));
		ensureTtl(segments, retention);
	}

	/** The TTL index on {@code end}, expiring {@code retention} after it. */
	private static void ensureTtl(MongoCollection<Document> collection, Duration retention) {
		long seconds = retention.toSeconds();
		for (Document index : collection.listIndexes()) {
			if (TTL_INDEX.equals(index.getString("name"))) {
				Number current = index.get("expireAfterSeconds", Number.class);
				if (current != null && current.longValue() == seconds) {
					return;
				}
				log.info("Archive retention of {} changed from {} s to {} s: replacing the TTL index",
						collection.getNamespace(), current, seconds);
				collection.dropIndex(TTL_INDEX);
			}
		}
		collection.createIndex(Indexes.ascending(SegmentDocuments.END),
				new IndexOptions().name(TTL_INDEX).expireAfter(seconds, TimeUnit.SECONDS));
	}

}
