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
 * The bucket collection's indexes: unique (spacecraftId, parameter, start), which serves
 * time-range queries and guards idempotency, and a TTL index on {@code end} that removes
 * a bucket {@code retention} after its window ends. A changed retention replaces the TTL
 * index (drop and create: {@code collMod} is not on the stand-in).
 */
final class ArchiveIndexes {

	static final String TTL_INDEX = "end_ttl";

	static final String IDENTITY_INDEX = "spacecraft_parameter_start";

	private static final Logger log = LoggerFactory.getLogger(ArchiveIndexes.class);

	private ArchiveIndexes() {
	}

	static void ensure(MongoCollection<Document> buckets, Duration retention) {
		buckets.createIndex(
				Indexes.ascending(BucketDocuments.SPACECRAFT, BucketDocuments.PARAMETER, BucketDocuments.START),
				new IndexOptions().name(IDENTITY_INDEX).unique(true));
		long seconds = retention.toSeconds();
		for (Document index : buckets.listIndexes()) {
			if (TTL_INDEX.equals(index.getString("name"))) {
				Number current = index.get("expireAfterSeconds", Number.class);
				if (current != null && current.longValue() == seconds) {
					return;
				}
				log.info("Archive retention changed from {} s to {} s: replacing the TTL index", current, seconds);
				buckets.dropIndex(TTL_INDEX);
			}
		}
		buckets.createIndex(Indexes.ascending(BucketDocuments.END),
				new IndexOptions().name(TTL_INDEX).expireAfter(seconds, TimeUnit.SECONDS));
	}

}
