package space.orbit.enricher.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import space.orbit.enricher.enrichment.EnrichedSample;
import space.orbit.test.TestMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What the segment collection's indexes are for, on documents the writer stored: the
 * (spacecraftId, parameter, start) index answers a range with exactly the windows and
 * samples in {@code [from, to)}, across window boundaries; the unique {@code _id} refuses
 * a second segment in one slot of a window (the compound index no longer refuses a second
 * document of a window); with the retention sweep on, segments (and buckets of an earlier
 * version) past the retention expire and newer ones stay (the stand-in has no TTL
 * monitor); the TTL index follows the retention.
 */
class ArchiveIndexesIT {

	private static final long SECOND = 1_000_000L;

	private static final long MINUTE = 60 * SECOND;

	/** Three hours ago, on the hour (micros). */
	private static final long BASE = (System.currentTimeMillis() / 3_600_000L - 3) * 3_600_000L * 1_000L;

	private static final TestMongo mongo = TestMongo.newDatabase("enricher_indexes");

	private MongoCollection<Document> segments;

	private MongoCollection<Document> buckets;

	@BeforeEach
	void freshCollection() {
		long suffix = System.nanoTime();
		this.segments = mongo.database().getCollection("segments_" + suffix);
		this.buckets = mongo.database().getCollection("buckets_" + suffix);
	}

	@AfterAll
	static void dropDatabase() {
		mongo.close();
	}

	@Test
	void aRangeAnswersExactlyTheBucketsAndSamplesInFromToAcrossBucketBoundaries() {
		ArchiveCollection archive = archive(Duration.ofDays(30), false);
		List<EnrichedSample> samples = new ArrayList<>();
		long sequence = 0;
		for (long start = BASE; start < BASE + 5 * MINUTE; start += MINUTE) {
			for (long at : new long[] { start, start + 30 * SECOND, start + MINUTE - 1 }) {
				samples.add(sample("ORB-R", "EPS.V", at, sequence++));
				// neighbours in the same windows, which no range of ORB-R/EPS.V may
				// return
				samples.add(sample("ORB-R", "EPS.I", at, sequence));
				samples.add(sample("ORB-X", "EPS.V", at, sequence));
			}
		}
		assertThat(new SegmentWriter(archive).write(samples).documents()).isEqualTo(15);
		ArchiveReader reader = new ArchiveReader(archive);
		ArchiveQueries queries = new ArchiveQueries(reader);
		long[][] ranges = { { MINUTE, 3 * MINUTE }, { MINUTE - 1, 3 * MINUTE + 1 }, { 90 * SECOND, 150 * SECOND },
				{ 0, 5 * MINUTE }, { 2 * MINUTE, 2 * MINUTE + 1 }, { 5 * MINUTE, 6 * MINUTE }, { -MINUTE, 0 } };
		for (long[] relative : ranges) {
			long from = BASE + relative[0];
			long to = BASE + relative[1];
			List<Long> expectedStarts = new ArrayList<>();
			for (long start = BASE; start < BASE + 5 * MINUTE; start += MINUTE) {
				if (start < to && start + MINUTE > from) {
					expectedStarts.add(start);
				}
			}
			List<String> expectedSamples = samples.stream()
				.filter(s -> s.spacecraftId().equals("ORB-R") && s.parameter().equals("EPS.V"))
				.filter(s -> s.timeMicros() >= from && s.timeMicros() < to)
				.sorted(Comparator.comparingLong(EnrichedSample::timeMicros))
				.map(s -> ArchiveQueries.time(s.timeMicros()) + "#" + s.sequence())
				.toList();

			assertThat(reader.overlapping("ORB-R", "EPS.V", from, to, false)).as("buckets of [%d, %d)", from, to)
				.extracting(ArchivedBucket::startMicros)
				.containsExactlyElementsOf(expectedStarts);
			assertThat(queries.samples(new ArchiveQuery("ORB-R", "EPS.V", from, to), null, 10_000).items())
				.as("samples of [%d, %d)", from, to)
				.extracting(s -> s.timestamp() + "#" + s.sequence())
				.containsExactlyElementsOf(expectedSamples);
		}
	}

	@Test
	void theIdIndexRefusesASecondSegmentInOneSlotOfAWindow() {
		ArchiveCollection archive = archive(Duration.ofDays(30), false);
		new SegmentWriter(archive).write(List.of(sample("ORB-U", "EPS.V", BASE, 1)));

		assertThatThrownBy(() -> this.segments.insertOne(segment("ORB-U", "EPS.V", BASE, 0))).isInstanceOfSatisfying(
				MongoWriteException.class, ex -> assertThat(ex.getCode()).isEqualTo(SegmentWriter.DUPLICATE_KEY));
		this.segments.insertOne(segment("ORB-U", "EPS.V", BASE + MINUTE, 0));
		this.segments.insertOne(segment("ORB-U", "EPS.I", BASE, 0));
		assertThat(this.segments.countDocuments(Filters.eq("spacecraftId", "ORB-U"))).isEqualTo(3);
		this.segments.insertOne(segment("ORB-U", "EPS.V", BASE, 1));
		assertThat(this.segments.countDocuments(Filters.eq("spacecraftId", "ORB-U"))).isEqualTo(4);
	}

	@Test
	void withTheSweepOnBucketsPastTheRetentionExpireAndNewerOnesStay() {
		// the next minute: a real MongoDB's TTL monitor (when the tests run on one) keeps
		// what this sweep keeps
		long now = (System.currentTimeMillis() / 60_000L + 1) * 60_000L * 1_000L;
		// one millisecond past a window's end: the bucket that ended exactly an hour ago
		// is past the retention, the next one is not
		Clock clock = Clock.fixed(Instant.ofEpochMilli(now / 1_000 + 1), ZoneOffset.UTC);
		ArchiveCollection archive = archive(Duration.ofHours(1), true);
		long hour = 60 * MINUTE;
		List<Long> expired = List.of(now - 24 * hour, now - hour - MINUTE);
		List<Long> kept = List.of(now - hour, now - 5 * MINUTE, now);
		List<EnrichedSample> samples = new ArrayList<>();
		for (long start : expired) {
			samples.add(sample("ORB-E", "EPS.V", start + SECOND, samples.size()));
			samples.add(sample("ORB-E", "EPS.I", start + SECOND, samples.size()));
		}
		for (long start : kept) {
			samples.add(sample("ORB-E", "EPS.V", start + SECOND, samples.size()));
		}
		for (long start : expired) {
			this.buckets.insertOne(bucket("ORB-E", "EPS.T", start));
		}
		this.buckets.insertOne(bucket("ORB-E", "EPS.T", now - hour));
		assertThat(new SegmentWriter(archive).write(samples).documents()).isEqualTo(7);
		RetentionSweeper sweeper = new RetentionSweeper(archive, clock);
		assertThat(sweeper.isAutoStartup()).isTrue();
		Date cutoff = new Date(clock.millis() - Duration.ofHours(1).toMillis());

		sweeper.start();
		try {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.segments.countDocuments(Filters.lt(SegmentDocuments.END, cutoff)) == 0
						&& this.buckets.countDocuments(Filters.lt(BucketDocuments.END, cutoff)) == 0);
		}
		finally {
			sweeper.stop();
		}

		List<Long> starts = new ArrayList<>();
		this.segments.find()
			.sort(new Document("start", 1))
			.forEach(segment -> starts.add(segment.getDate("start").getTime() * 1_000L));
		assertThat(starts).containsExactlyElementsOf(kept);
		assertThat(this.buckets.find()).extracting(bucket -> bucket.getDate("start").getTime() * 1_000L)
			.containsExactly(now - hour);
		assertThat(new ArchiveQueries(new ArchiveReader(archive))
			.samples(new ArchiveQuery("ORB-E", "EPS.V", now - 25 * hour, now + MINUTE), null, 10_000)
			.items()).extracting(SamplesPage.Sample::sequence).containsExactly(4L, 5L, 6L);
	}

	@Test
	void withTheSweepOffNothingIsSwept() {
		RetentionSweeper sweeper = new RetentionSweeper(archive(Duration.ofHours(1), false), Clock.systemUTC());

		sweeper.start();

		assertThat(sweeper.isAutoStartup()).isFalse();
		assertThat(sweeper.isRunning()).isFalse();
	}

	/**
	 * In a database of its own: the stand-in cannot drop a database after an index was
	 * dropped in one of several collections holding an index of that name.
	 */
	@Test
	void theTtlIndexExpiresBucketsTheRetentionAfterTheirEnd() {
		try (TestMongo own = TestMongo.newDatabase("enricher_ttl")) {
			this.segments = own.database().getCollection("segments");
			this.buckets = own.database().getCollection("buckets");
			archive(Duration.ofDays(30), false).ensureIndexes();
			assertThat(ttlSeconds(this.segments)).isEqualTo(30L * 24 * 3600);

			ArchiveIndexes.ensure(this.segments, Duration.ofDays(7));

			assertThat(ttlSeconds(this.segments)).isEqualTo(7L * 24 * 3600);
		}
	}

	/** The TTL index's expiry; the only one, on {@code end}. */
	private static long ttlSeconds(MongoCollection<Document> collection) {
		List<Document> ttl = new ArrayList<>();
		collection.listIndexes().into(new ArrayList<>()).forEach(index -> {
			if (index.containsKey("expireAfterSeconds")) {
				ttl.add(index);
			}
		});
		assertThat(ttl).singleElement()
			.satisfies(index -> assertThat(index.get("key", Document.class).keySet()).containsExactly("end"));
		return ttl.getFirst().get("expireAfterSeconds", Number.class).longValue();
	}

	/** A segment document without samples, as another writer might insert it. */
	private static Document segment(String spacecraftId, String parameter, long startMicros, int n) {
		return new Document("_id",
				SegmentDocuments.id(SegmentDocuments.window(spacecraftId, parameter, startMicros / 1_000), n))
			.append("spacecraftId", spacecraftId)
			.append("parameter", parameter)
			.append("start", new Date(startMicros / 1_000))
			.append("end", new Date(startMicros / 1_000 + 60_000))
			.append("n", n)
			.append("count", 0);
	}

	/** A bucket document without samples, as an earlier version might have left it. */
	private static Document bucket(String spacecraftId, String parameter, long startMicros) {
		return new Document("spacecraftId", spacecraftId).append("parameter", parameter)
			.append("start", new Date(startMicros / 1_000))
			.append("end", new Date(startMicros / 1_000 + 60_000))
			.append("count", 0);
	}

	private ArchiveCollection archive(Duration retention, boolean sweep) {
		return new ArchiveCollection(this.segments, this.buckets,
				ArchiveSamples.settings(retention, sweep, Duration.ofSeconds(1)));
	}

	private static EnrichedSample sample(String spacecraftId, String parameter, long micros, long sequence) {
		return new EnrichedSample(spacecraftId, parameter, micros, sequence, 28.0, 28.0, true, "DEMO", "EPS", "V",
				false);
	}

}
