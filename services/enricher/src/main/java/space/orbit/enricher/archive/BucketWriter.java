package space.orbit.enricher.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import space.orbit.enricher.enrichment.EnrichedSample;

/**
 * Writes enriched samples to their buckets: one guarded upsert per bucket in one
 * unordered {@code bulkWrite}, appending when the bucket holds only older samples. An
 * upsert refused by the unique index (the bucket may hold some of the samples: a
 * redelivery, or frames out of order) is resolved by reading the bucket's sample
 * identities and writing only the samples it lacks, guarded by the count read. Any other
 * failure is thrown: the caller retries the whole write, which the guards make harmless.
 * Uses no transactions (see {@link BucketDocuments}).
 */
public class BucketWriter {

	static final int DUPLICATE_KEY = 11000;

	private static final int MAX_ATTEMPTS = 5;

	private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

	private final ArchiveCollection archive;

	private final MongoCollection<Document> buckets;

	private final long windowMillis;

	public BucketWriter(ArchiveCollection archive) {
		this.archive = archive;
		this.buckets = archive.buckets();
		this.windowMillis = archive.settings().window().toMillis();
	}

	public ArchiveWrite write(List<EnrichedSample> samples) {
		if (samples.isEmpty()) {
			return new ArchiveWrite(0, 0, 0);
		}
		this.archive.ensureIndexes();
		List<Bucket> groups = Bucket.group(samples, this.windowMillis);
		List<WriteModel<Document>> operations = new ArrayList<>(groups.size());
		for (Bucket bucket : groups) {
			operations.add(operation(bucket));
		}
		List<Bucket> refused = new ArrayList<>();
		try {
			this.buckets.bulkWrite(operations, new BulkWriteOptions().ordered(false));
		}
		catch (MongoBulkWriteException ex) {
			for (BulkWriteError error : ex.getWriteErrors()) {
				if (error.getCode() != DUPLICATE_KEY) {
					throw ex;
				}
				refused.add(groups.get(error.getIndex()));
			}
		}
		int documents = groups.size() - refused.size();
		int added = groups.stream().mapToInt(bucket -> bucket.samples().size()).sum()
				- refused.stream().mapToInt(bucket -> bucket.samples().size()).sum();
		int duplicates = 0;
		for (Bucket bucket : refused) {
			int missing = writeMissing(bucket);
			documents += (missing > 0) ? 1 : 0;
			added += missing;
			duplicates += bucket.samples().size() - missing;
		}
		return new ArchiveWrite(documents, added, duplicates);
	}

	/** Writes the samples the bucket lacks; returns how many. */
	private int writeMissing(Bucket bucket) {
		for (int attempt = 1;; attempt++) {
			Document existing = this.buckets
				.find(BucketDocuments.identity(bucket.spacecraftId(), bucket.parameter(), bucket.startMillis()))
				.projection(
						Projections.include(BucketDocuments.TIMES, BucketDocuments.SEQUENCES, BucketDocuments.COUNT))
				.first();
			Set<String> held = new HashSet<>();
			long count = 0;
			if (existing != null) {
				count = existing.get(BucketDocuments.COUNT, Number.class).longValue();
				List<Number> times = existing.getList(BucketDocuments.TIMES, Number.class);
				List<Number> sequences = existing.getList(BucketDocuments.SEQUENCES, Number.class);
				for (int i = 0; i < times.size(); i++) {
					held.add(Bucket.key(times.get(i).longValue(), sequences.get(i).longValue()));
				}
			}
			List<EnrichedSample> missing = bucket.samples()
				.stream()
				.filter(sample -> !held.contains(Bucket.key(sample)))
				.toList();
			if (missing.isEmpty()) {
				return 0;
			}
			Bucket rest = new Bucket(bucket.spacecraftId(), bucket.parameter(), bucket.startMillis(), missing);
			try {
				this.buckets.updateOne(BucketDocuments.unchangedFilter(rest, count),
						BucketDocuments.update(rest, this.windowMillis), UPSERT);
				return missing.size();
			}
			catch (MongoWriteException ex) {
				if (ex.getCode() != DUPLICATE_KEY || attempt >= MAX_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private UpdateOneModel<Document> operation(Bucket bucket) {
		return new UpdateOneModel<>(BucketDocuments.appendFilter(bucket),
				BucketDocuments.update(bucket, this.windowMillis), UPSERT);
	}

}
