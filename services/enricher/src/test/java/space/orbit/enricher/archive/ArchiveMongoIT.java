package space.orbit.enricher.archive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import space.orbit.enricher.EnricherProperties;
import space.orbit.enricher.enrichment.EnrichedSample;
import space.orbit.test.TestMongo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bucket archive on a MongoDB (the stand-in unless {@code ORBIT_TEST_MONGODB_URI}
 * names a real one): idempotent writes, and downsampling of what was stored against a
 * direct computation. What the indexes are for: {@link ArchiveIndexesIT}.
 */
class ArchiveMongoIT {

	private static final long SECOND = 1_000_000L;

	/** Three hours ago, on the hour: recent, so a real MongoDB's TTL monitor keeps it. */
	private static final long BASE = (System.currentTimeMillis() / 3_600_000L - 3) * 3_600_000L * 1_000L;

	private static final TestMongo mongo = TestMongo.newDatabase("enricher_archive");

	private MongoCollection<Document> buckets;

	private ArchiveCollection archive;

	private BucketWriter writer;

	@BeforeEach
	void freshCollection() {
		this.buckets = mongo.database().getCollection("buckets_" + System.nanoTime());
		this.archive = new ArchiveCollection(this.buckets, new EnricherProperties.Archive("unused",
				Duration.ofMinutes(1), Duration.ofDays(30), false, Duration.ofMinutes(10)));
		this.writer = new BucketWriter(this.archive);
	}

	@AfterAll
	static void dropDatabase() {
		mongo.close();
	}

	@Test
	void writesOneDocumentPerSpacecraftParameterAndWindow() {
		List<EnrichedSample> samples = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			samples.add(sample("ORB-1", "EPS.V", BASE + i * SECOND, i, 28.0 + i));
			samples.add(sample("ORB-1", "EPS.I", BASE + i * SECOND, i, -1.0));
		}
		ArchiveWrite write = this.writer.write(samples);
		assertThat(write).isEqualTo(new ArchiveWrite(4, 240, 0));
		Document first = this.buckets.find(BucketDocuments.identity("ORB-1", "EPS.V", BASE / 1_000)).first();
		assertThat(first).isNotNull();
		assertThat(first.getInteger("count")).isEqualTo(60);
		assertThat(first.get("n", Number.class).longValue()).isEqualTo(60);
		assertThat(first.getDouble("min")).isEqualTo(28.0);
		assertThat(first.getDouble("max")).isEqualTo(87.0);
		assertThat(first.getDouble("sum")).isEqualTo(60 * 28.0 + 59 * 60 / 2.0);
		assertThat(first.getDate("end").getTime()).isEqualTo(BASE / 1_000 + 60_000);
		assertThat(first.getList("t", Long.class)).hasSize(60);
		assertThat(first.getList("eng", Double.class)).hasSize(60).startsWith(28.0, 29.0);
	}

	@Test
	void aRedeliveryNeverAddsASampleTwice() {
		List<EnrichedSample> samples = ArchiveSamples.random(new Random(7), "ORB-1", "EPS.V", BASE, BASE + 600 * SECOND,
				2_000);
		assertThat(this.writer.write(samples).samples()).isEqualTo(2_000);
		List<Document> before = snapshot();

		ArchiveWrite again = this.writer.write(samples);

		assertThat(again).isEqualTo(new ArchiveWrite(0, 0, 2_000));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aRedeliveryCutDifferentlyAddsOnlyWhatIsMissing() {
		List<EnrichedSample> samples = ArchiveSamples.random(new Random(9), "ORB-1", "EPS.V", BASE, BASE + 300 * SECOND,
				900);
		this.writer.write(samples.subList(0, 500));
		// a batch overlapping the first: 200 already held, 400 new, across the same
		// buckets
		ArchiveWrite overlap = this.writer.write(samples.subList(300, 900));
		assertThat(overlap.samples()).isEqualTo(400);
		assertThat(overlap.duplicates()).isEqualTo(200);
		assertThat(this.writer.write(samples)).isEqualTo(new ArchiveWrite(0, 0, 900));
		long stored = 0;
		for (Document bucket : this.buckets.find()) {
			List<Long> times = bucket.getList("t", Long.class);
			List<Long> sequences = bucket.getList("q", Long.class);
			assertThat(bucket.getList("raw", Object.class)).hasSameSizeAs(times);
			assertThat(bucket.getList("eng", Object.class)).hasSameSizeAs(times);
			List<String> identities = new ArrayList<>();
			for (int i = 0; i < times.size(); i++) {
				identities.add(times.get(i) + ":" + sequences.get(i));
			}
			assertThat(identities).doesNotHaveDuplicates();
			assertThat(bucket.getInteger("count")).isEqualTo(identities.size());
			stored += identities.size();
		}
		assertThat(stored).isEqualTo(900);
	}

	@Test
	void downsamplesWhatWasStoredLikeADirectComputation() {
		List<EnrichedSample> samples = ArchiveSamples.random(new Random(11), "ORB-2", "THERMAL.T", BASE,
				BASE + 7_200 * SECOND, 6_000);
		this.writer.write(samples.subList(0, 3_000));
		this.writer.write(samples.subList(3_000, 6_000));
		ArchiveQueries queries = new ArchiveQueries(new ArchiveReader(this.archive));
		long[][] cases = { { 0, 7_200 * SECOND, 60 * SECOND }, { 0, 7_200 * SECOND, 900 * SECOND },
				{ 33 * SECOND, 7_000 * SECOND, 125 * SECOND }, { 600 * SECOND, 1_200 * SECOND, 10 * SECOND } };
		for (long[] relative : cases) {
			long[] c = { BASE + relative[0], BASE + relative[1], relative[2] };
			StepsPage answer = queries.steps(new ArchiveQuery("ORB-2", "THERMAL.T", c[0], c[1]), c[2], null, 10_000);
			List<StepsPage.Step> expected = ArchiveSamples.direct(samples, c[0], c[1], c[2])
				.stream()
				.map(s -> new StepsPage.Step(ArchiveQueries.time(s.startMicros()), s.count(), s.min(), s.max(),
						s.avg()))
				.toList();
			assertThat(answer.items()).as("from %d to %d step %d", c[0], c[1], c[2])
				.usingRecursiveFieldByFieldElementComparator(ArchiveSamples.TOLERANT_FIELDS)
				.containsExactlyElementsOf(expected);
			assertThat(answer.next()).isNull();
			assertThat(answer.metadata().unit()).isEqualTo("V");
		}
	}

	@Test
	void servesRawSamplesInTimeOrderAPageAtATime() {
		List<EnrichedSample> samples = ArchiveSamples.random(new Random(13), "ORB-3", "EPS.V", BASE,
				BASE + 180 * SECOND, 500);
		// two samples at one instant: the sequence orders them, and a page may end
		// between
		samples.add(sample("ORB-3", "EPS.V", BASE + 60 * SECOND, 1_001, 1.0));
		samples.add(sample("ORB-3", "EPS.V", BASE + 60 * SECOND, 1_000, 2.0));
		this.writer.write(samples);
		ArchiveQueries queries = new ArchiveQueries(new ArchiveReader(this.archive));
		ArchiveQuery range = new ArchiveQuery("ORB-3", "EPS.V", BASE + 30 * SECOND, BASE + 150 * SECOND);
		List<String> expected = samples.stream()
			.filter(s -> range.contains(s.timeMicros()))
			.sorted(java.util.Comparator.comparingLong(EnrichedSample::timeMicros)
				.thenComparingLong(EnrichedSample::sequence))
			.map(s -> ArchiveQueries.time(s.timeMicros()) + "#" + s.sequence() + "=" + s.raw())
			.toList();

		SamplesPage all = queries.samples(range, null, 10_000);
		assertThat(all.items()).extracting(s -> s.timestamp() + "#" + s.sequence() + "=" + s.raw())
			.containsExactlyElementsOf(expected);
		assertThat(all.next()).isNull();

		List<String> paged = new ArrayList<>();
		int pages = 0;
		SamplesPage page = queries.samples(range, null, 7);
		while (true) {
			pages++;
			assertThat(page.items()).hasSizeLessThanOrEqualTo(7);
			page.items().forEach(s -> paged.add(s.timestamp() + "#" + s.sequence() + "=" + s.raw()));
			if (page.next() == null) {
				break;
			}
			assertThat(page.items()).hasSize(7);
			page = queries.samples(range, SampleCursor.parse(page.next()), 7);
		}
		assertThat(paged).containsExactlyElementsOf(expected);
		assertThat(pages).isEqualTo(Math.ceilDiv(expected.size(), 7));
	}

	private List<Document> snapshot() {
		List<Document> documents = new ArrayList<>();
		this.buckets.find().sort(Sorts.ascending("parameter", "start")).into(documents);
		return documents;
	}

	private static EnrichedSample sample(String spacecraftId, String parameter, long micros, long sequence,
			double value) {
		return new EnrichedSample(spacecraftId, parameter, micros, sequence, value, value, true, "DEMO", "EPS", "V",
				false);
	}

}
