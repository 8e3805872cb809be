package space.orbit.enricher.archive;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import space.orbit.enricher.EnricherProperties;

/**
 * The bucket collection, with its indexes made sure of before the first write (the unique
 * index is what makes writes idempotent): at start-up when MongoDB answers, else before
 * the first write.
 */
public class ArchiveCollection implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ArchiveCollection.class);

	private final MongoCollection<Document> buckets;

	private final EnricherProperties.Archive settings;

	private volatile boolean indexed;

	ArchiveCollection(MongoCollection<Document> buckets, EnricherProperties.Archive settings) {
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
					ArchiveIndexes.ensure(this.buckets, this.settings.retention());
					this.indexed = true;
					log.info("Archive collection {} ready: window {}, retention {}", this.buckets.getNamespace(),
							this.settings.window(), this.settings.retention());
				}
			}
		}
	}

	MongoCollection<Document> buckets() {
		return this.buckets;
	}

	EnricherProperties.Archive settings() {
		return this.settings;
	}

}
