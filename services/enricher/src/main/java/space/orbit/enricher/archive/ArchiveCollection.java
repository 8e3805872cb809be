package space.orbit.enricher.archive;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import space.orbit.enricher.EnricherProperties;

/**
 * The segment collection, with its indexes made sure of before the first write (the
 * unique {@code _id} is what makes writes idempotent): at start-up when MongoDB answers,
 * else before the first write. Also the bucket collection of earlier versions, read and
 * swept (never written) while it holds documents: once seen empty it is left alone, as
 * nothing fills it again. Until then a write to a window its buckets may hold looks at
 * the window's bucket too, so a sample archived before the upgrade is not archived again.
 */
public class ArchiveCollection implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ArchiveCollection.class);

	private static final long BUCKETS_RECHECK_NANOS = 60_000_000_000L;

	private final MongoCollection<Document> segments;

	private final MongoCollection<Document> buckets;

	private final EnricherProperties.Archive settings;

	private volatile boolean indexed;

	private volatile boolean bucketsGone;

	private volatile long bucketsCheckedAt = Long.MIN_VALUE;

	private volatile Long bucketsEnd;

	ArchiveCollection(MongoCollection<Document> segments, MongoCollection<Document> buckets,
			EnricherProperties.Archive settings) {
		this.segments = segments;
		this.buckets = buckets;
		this.settings = settings;
	}

	@Override
	public void afterPropertiesSet() {
		try {
			ensureIndexes();
		}
		catch (RuntimeException ex) {
			log.warn("Cannot prepare the archive's indexes yet (retried before the first write): {}", ex.getMessage());
		}
	}

	/** Creates the indexes once; throws when MongoDB does not answer. */
	public void ensureIndexes() {
		if (!this.indexed) {
			synchronized (this) {
				if (!this.indexed) {
					ArchiveIndexes.ensure(this.segments, this.settings.retention());
					if (hasBuckets()) {
						log.info("Archive collection {} of an earlier version still holds buckets: read until the "
								+ "retention empties it", this.buckets.getNamespace());
					}
					this.indexed = true;
					log.info("Archive collection {} ready: window {}, retention {}", this.segments.getNamespace(),
							this.settings.window(), this.settings.retention());
				}
			}
		}
	}

	MongoCollection<Document> segments() {
		return this.segments;
	}

	MongoCollection<Document> buckets() {
		return this.buckets;
	}

	/**
	 * Whether the bucket collection of earlier versions may still hold documents: asked
	 * at most once a minute, and never again once it was empty.
	 */
	boolean hasBuckets() {
		long now = System.nanoTime();
		if (!this.bucketsGone && now - this.bucketsCheckedAt > BUCKETS_RECHECK_NANOS) {
			this.bucketsGone = this.buckets.find().projection(Projections.include("_id")).first() == null;
			this.bucketsCheckedAt = now;
		}
		return !this.bucketsGone;
	}

	/**
	 * The end of the newest window the buckets of earlier versions hold (epoch millis),
	 * or {@link Long#MIN_VALUE} without any: a window starting later has no bucket. Read
	 * once: nothing adds buckets any more.
	 */
	long bucketsEndMillis() {
		if (!hasBuckets()) {
			return Long.MIN_VALUE;
		}
		Long end = this.bucketsEnd;
		if (end == null) {
			Document newest = this.buckets.find()
				.projection(Projections.include(BucketDocuments.END))
				.sort(Sorts.descending(BucketDocuments.END))
				.first();
			end = (newest != null) ? newest.getDate(BucketDocuments.END).getTime() : Long.MIN_VALUE;
			this.bucketsEnd = end;
		}
		return end;
	}

	EnricherProperties.Archive settings() {
		return this.settings;
	}

}
