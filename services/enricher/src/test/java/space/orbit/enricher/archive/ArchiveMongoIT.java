package space.orbit.enricher.archive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import space.orbit.enricher.enrichment.EnrichedSample;
import space.orbit.test.TestMongo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The segment archive on a MongoDB (the stand-in unless {@code ORBIT_TEST_MONGODB_URI}
 * names a real one): idempotent writes, downsampling of what was stored against a direct
 * computation, and the buckets of an earlier version read with the segments. What the
 * indexes are for: {@link ArchiveIndexesIT}; races, halts and caches:
 * {@link SegmentWriterIT}.
 */
class ArchiveMongoIT {

	private static final long SECOND = 1_000_000L;

	/** Three hours ago, on the hour: recent, so a real MongoDB's TTL monitor keeps it. */
	private static final long BASE = (System.currentTimeMillis() / 3_600_000L - 3) * 3_600_000L * 1_000L;

	private static final TestMongo mongo = TestMongo.newDatabase("enricher_archive");

	private MongoCollection<Document> segments;

	private MongoCollection<Document> buckets;

	private ArchiveCollection archive;

	private SegmentWriter writer;

	@BeforeEach
	void freshCollection() {
		long suffix = System.nanoTime();
		this.segments = mongo.database().getCollection("segments_" + suffix);
		this.buckets = mongo.database().getCollection("buckets_" + suffix);
		this.archive = new ArchiveCollection(this.segments, this.buckets,
				ArchiveSamples.settings(Duration.ofDays(30), false, Duration.ofMinutes(10)));
		this.writer = new SegmentWriter(this.archive);
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
		assertThat(this.segments.countDocuments(BucketDocuments.identity("ORB-1", "EPS.V", BASE / 1_000))).isEqualTo(1);
		Document first = this.segments
			.find(Filters.eq("_id", SegmentDocuments.id(SegmentDocuments.window("ORB-1", "EPS.V", BASE / 1_000), 0)))
			.first();
		assertThat(first).isNotNull();
		assertThat(first.getInteger("n")).isZero();
		assertThat(first.getInteger("count")).isEqualTo(60);
		assertThat(first.get("numeric", Number.class).longValue()).isEqualTo(60);
		assertThat(first.getDouble("min")).isEqualTo(28.0);
		assertThat(first.getDouble("max")).isEqualTo(87.0);
		assertThat(first.getDouble("sum")).isEqualTo(60 * 28.0 + 59 * 60 / 2.0);
		assertThat(first.getDate("end").getTime()).isEqualTo(BASE / 1_000 + 60_000);
		assertThat(first.getLong("first")).isEqualTo(BASE);
		assertThat(first.getLong("last")).isEqualTo(BASE + 59 * SECOND);
		List<ArchivedSample> columns = SegmentCodec.decode(first.get("cols", Binary.class).getData());
		assertThat(columns).extracting(ArchivedSample::timeMicros).hasSize(60).isSorted();
		assertThat(columns).extracting(ArchivedSample::engineering).hasSize(60).startsWith(28.0, 29.0);
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
		Map<Date, List<String>> windows = new HashMap<>();
		for (Document segment : this.segments.find()) {
			List<String> identities = ArchiveSamples.identities(segment);
			List<ArchivedSample> columns = SegmentCodec.decode(segment.get("cols", Binary.class).getData());
			assertThat(columns).hasSameSizeAs(identities);
			assertThat(identities).doesNotHaveDuplicates();
			assertThat(segment.getInteger("count")).isEqualTo(identities.size());
			windows.computeIfAbsent(segment.getDate("start"), (start) -> new ArrayList<>()).addAll(identities);
			stored += identities.size();
		}
		windows.forEach((start, identities) -> assertThat(identities).as("window %s", start).doesNotHaveDuplicates());
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

	@Test
	void theBucketsOfAnEarlierVersionAreReadWithTheSegmentsAndNotArchivedAgain() {
		List<EnrichedSample> samples = ArchiveSamples.random(new Random(17), "ORB-4", "EPS.V", BASE,
				BASE + 240 * SECOND, 1_200);
		// before the upgrade: the first three windows in buckets, their later halves not
		// yet written
		List<EnrichedSample> bucketed = new ArrayList<>();
		for (long window = 0; window < 3; window++) {
			long start = BASE + window * 60 * SECOND;
			List<EnrichedSample> early = samples.stream()
				.filter((s) -> s.timeMicros() >= start && s.timeMicros() < start + 30 * SECOND)
				.toList();
			this.buckets.insertOne(ArchiveSamples.legacyBucket(early, 60_000));
			bucketed.addAll(early);
		}

		// after it: everything (a redelivery of the bucketed samples included)
		ArchiveWrite write = this.writer.write(samples);

		assertThat(write.samples()).isEqualTo(samples.size() - bucketed.size());
		assertThat(write.duplicates()).isEqualTo(bucketed.size());
		assertThat(this.writer.write(samples)).isEqualTo(new ArchiveWrite(0, 0, samples.size()));
		ArchiveQueries queries = new ArchiveQueries(new ArchiveReader(this.archive));
		ArchiveQuery range = new ArchiveQuery("ORB-4", "EPS.V", BASE - SECOND, BASE + 300 * SECOND);
		assertThat(queries.samples(range, null, 10_000).items())
			.extracting(s -> s.timestamp() + "#" + s.sequence() + "=" + s.raw())
			.containsExactlyElementsOf(samples.stream()
				.sorted(java.util.Comparator.comparingLong(EnrichedSample::timeMicros)
					.thenComparingLong(EnrichedSample::sequence))
				.map(s -> ArchiveQueries.time(s.timeMicros()) + "#" + s.sequence() + "=" + s.raw())
				.toList());
		long[][] cases = { { 0, 240 * SECOND, 60 * SECOND }, { 0, 240 * SECOND, 120 * SECOND },
				{ 13 * SECOND, 200 * SECOND, 7 * SECOND } };
		for (long[] relative : cases) {
			long from = BASE + relative[0];
			long to = BASE + relative[1];
			assertThat(queries.steps(new ArchiveQuery("ORB-4", "EPS.V", from, to), relative[2], null, 10_000).items())
				.as("from %d to %d step %d", from, to, relative[2])
				.usingRecursiveFieldByFieldElementComparator(ArchiveSamples.TOLERANT_FIELDS)
				.containsExactlyElementsOf(ArchiveSamples.direct(samples, from, to, relative[2])
					.stream()
					.map(s -> new StepsPage.Step(ArchiveQueries.time(s.startMicros()), s.count(), s.min(), s.max(),
							s.avg()))
					.toList());
		}
		assertThat(new ArchiveExport(new ArchiveReader(this.archive), queries).countRaw(List.of(range)))
			.isEqualTo(samples.size());
	}

	private List<Document> snapshot() {
		List<Document> documents = new ArrayList<>();
		this.segments.find().sort(Sorts.ascending("parameter", "start", "n")).into(documents);
		return documents;
	}

	private static EnrichedSample sample(String spacecraftId, String parameter, long micros, long sequence,
			double value) {
		return new EnrichedSample(spacecraftId, parameter, micros, sequence, value, value, true, "DEMO", "EPS", "V",
				false);
	}

}
