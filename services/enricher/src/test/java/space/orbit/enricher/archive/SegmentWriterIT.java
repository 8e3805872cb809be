package space.orbit.enricher.archive;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import space.orbit.enricher.enrichment.EnrichedSample;
import space.orbit.test.TestMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The segment writer against what breaks a log of inserts, on a MongoDB (the stand-in
 * unless {@code ORBIT_TEST_MONGODB_URI} names a real one): two writers (two caches)
 * racing on one window, a write halted between segments then redelivered, a cold cache
 * and a warm one making the same archive, and a steady append that reads nothing. After
 * each, every sample is in exactly one segment.
 */
class SegmentWriterIT {

	private static final long SECOND = 1_000_000L;

	/** Three hours ago, on the hour (micros). */
	private static final long BASE = (System.currentTimeMillis() / 3_600_000L - 3) * 3_600_000L * 1_000L;

	private static final TestMongo mongo = TestMongo.newDatabase("enricher_segments");

	private MongoCollection<Document> segments;

	private ArchiveCollection archive;

	@BeforeEach
	void freshCollection() {
		this.segments = mongo.database().getCollection("segments_" + System.nanoTime());
		this.archive = archive(this.segments);
	}

	@AfterAll
	static void dropDatabase() {
		mongo.close();
	}

	@Test
	void twoWritersRacingOnOneWindowArchiveEverySampleOnce() throws Exception {
		List<EnrichedSample> samples = inOrder(
				ArchiveSamples.random(new Random(21), "ORB-R", "EPS.V", BASE, BASE + 120 * SECOND, 2_400));
		SegmentWriter one = new SegmentWriter(this.archive);
		SegmentWriter other = new SegmentWriter(this.archive);
		CyclicBarrier start = new CyclicBarrier(2);
		AtomicInteger added = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 24; round++) {
				int at = round * 100;
				// overlapping slices, often reaching back into what the other wrote
				List<EnrichedSample> first = samples.subList(Math.max(0, at - 60), Math.min(samples.size(), at + 100));
				List<EnrichedSample> second = samples.subList(Math.max(0, at - 20), Math.min(samples.size(), at + 70));
				Future<Integer> a = threads.submit(() -> {
					start.await();
					return writeRetrying(one, first).samples();
				});
				Future<Integer> b = threads.submit(() -> {
					start.await();
					return writeRetrying(other, second).samples();
				});
				added.addAndGet(a.get() + b.get());
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(added.get()).isEqualTo(samples.size());
		assertThat(one.probes() + other.probes()).isPositive();
		assertEverySampleOnce(samples);
	}

	@Test
	void aWriteHaltedBetweenSegmentsThenRedeliveredAddsWhatIsMissingOnce() {
		AtomicInteger haltAfter = new AtomicInteger(-1);
		ArchiveCollection halting = archive(halting(this.segments, haltAfter));
		SegmentWriter writer = new SegmentWriter(halting);
		List<List<EnrichedSample>> polls = polls(6, 5, 40);
		for (List<EnrichedSample> poll : polls.subList(0, 3)) {
			assertThat(writer.write(poll).documents()).isEqualTo(6);
		}

		haltAfter.set(2);
		assertThatThrownBy(() -> writer.write(polls.get(3))).isInstanceOf(MongoSocketException.class);
		assertThat(this.segments.countDocuments()).isEqualTo(3 * 6 + 2);

		ArchiveWrite redelivered = writer.write(polls.get(3));
		assertThat(redelivered).isEqualTo(new ArchiveWrite(4, 4 * 40, 2 * 40));
		assertThat(new SegmentWriter(this.archive).write(concat(polls.subList(2, 4))))
			.isEqualTo(new ArchiveWrite(0, 0, 2 * 6 * 40));
		assertThat(writer.write(polls.get(4))).isEqualTo(new ArchiveWrite(6, 6 * 40, 0));
		assertEverySampleOnce(concat(polls.subList(0, 5)));
	}

	@Test
	void aColdCacheAndAWarmOneMakeTheSameArchive() {
		List<EnrichedSample> samples = inOrder(
				ArchiveSamples.random(new Random(23), "ORB-C", "EPS.V", BASE, BASE + 300 * SECOND, 3_000));
		List<EnrichedSample> held = new ArrayList<>();
		List<EnrichedSample> onTime = new ArrayList<>();
		for (int i = 0; i < samples.size(); i++) {
			((i % 7 == 3 && i < 1_500) ? held : onTime).add(samples.get(i));
		}
		List<List<EnrichedSample>> writes = new ArrayList<>();
		for (int i = 0; i < 1_300; i += 130) {
			writes.add(onTime.subList(i, i + 130));
		}
		writes.add(onTime.subList(600, 1_050));
		writes.add(held);
		for (int i = 1_300; i < onTime.size(); i += 130) {
			writes.add(onTime.subList(i, Math.min(onTime.size(), i + 130)));
		}
		writes.add(samples);
		MongoCollection<Document> cold = mongo.database().getCollection("cold_" + System.nanoTime());
		ArchiveCollection coldArchive = archive(cold);
		SegmentWriter warm = new SegmentWriter(this.archive);
		ArchiveWrite warmTotal = new ArchiveWrite(0, 0, 0);
		ArchiveWrite coldTotal = new ArchiveWrite(0, 0, 0);
		for (List<EnrichedSample> write : writes) {
			warmTotal = warmTotal.plus(warm.write(write));
			coldTotal = coldTotal.plus(new SegmentWriter(coldArchive).write(write));
		}

		assertThat(coldTotal).isEqualTo(warmTotal);
		assertThat(warmTotal.samples()).isEqualTo(samples.size());
		assertThat(cold.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()))
			.isEqualTo(this.segments.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
		assertEverySampleOnce(samples);
	}

	@Test
	void aSteadyAppendOfManyPollsReadsNothing() {
		SegmentWriter writer = new SegmentWriter(this.archive);
		// 42 parameters, 150 polls of 10 frames 40 ms apart: one window, then the next
		List<List<EnrichedSample>> polls = polls(42, 150, 10);
		ArchiveWrite total = new ArchiveWrite(0, 0, 0);
		for (List<EnrichedSample> poll : polls) {
			total = total.plus(writer.write(poll));
		}

		assertThat(writer.probes()).isZero();
		assertThat(total).isEqualTo(new ArchiveWrite(42 * 150, 42 * 150 * 10, 0));
		List<EnrichedSample> all = concat(polls);
		assertEverySampleOnce(all);
		ArchiveQuery range = new ArchiveQuery("ORB-S", "P.7", BASE, BASE + 120 * SECOND);
		assertThat(new ArchiveQueries(new ArchiveReader(this.archive)).samples(range, null, 10_000).items())
			.extracting(SamplesPage.Sample::sequence)
			.containsExactlyElementsOf(
					all.stream().filter((s) -> s.parameter().equals("P.7")).map(EnrichedSample::sequence).toList());
	}

	/** Every sample in exactly one segment, and nothing else. */
	private void assertEverySampleOnce(List<EnrichedSample> samples) {
		Map<String, Integer> stored = new HashMap<>();
		for (Document segment : this.segments.find()) {
			for (String identity : ArchiveSamples.identities(segment)) {
				stored.merge(segment.getString("spacecraftId") + "|" + segment.getString("parameter") + "|" + identity,
						1, Integer::sum);
			}
		}
		Set<String> expected = new HashSet<>();
		samples.forEach((s) -> expected.add(s.spacecraftId() + "|" + s.parameter() + "|" + Bucket.key(s)));
		assertThat(stored.values()).allMatch((times) -> times == 1);
		assertThat(stored.keySet()).isEqualTo(expected);
	}

	/** As the listener's error handler does: the whole write again. */
	private static ArchiveWrite writeRetrying(SegmentWriter writer, List<EnrichedSample> samples) {
		for (int attempt = 1;; attempt++) {
			try {
				return writer.write(samples);
			}
			catch (MongoException ex) {
				if (attempt >= 5) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Polls of {@code frames} frames 40 ms apart, each frame with a sample of every one
	 * of {@code parameters} parameters, in time order.
	 */
	private static List<List<EnrichedSample>> polls(int parameters, int count, int frames) {
		List<List<EnrichedSample>> polls = new ArrayList<>();
		long sequence = 0;
		for (int poll = 0; poll < count; poll++) {
			List<EnrichedSample> samples = new ArrayList<>();
			for (int frame = 0; frame < frames; frame++, sequence++) {
				for (int p = 0; p < parameters; p++) {
					samples.add(new EnrichedSample("ORB-S", "P." + p, BASE + sequence * 40_000, sequence,
							(double) sequence, (double) sequence, true, "DEMO", "P", "V", false));
				}
			}
			polls.add(samples);
		}
		return polls;
	}

	private static List<EnrichedSample> inOrder(List<EnrichedSample> samples) {
		return samples.stream()
			.sorted(Comparator.comparingLong(EnrichedSample::timeMicros).thenComparingLong(EnrichedSample::sequence))
			.toList();
	}

	private static List<EnrichedSample> concat(List<List<EnrichedSample>> lists) {
		return lists.stream().flatMap(List::stream).toList();
	}

	private static ArchiveCollection archive(MongoCollection<Document> segments) {
		return new ArchiveCollection(segments, mongo.database().getCollection("no_buckets"),
				ArchiveSamples.settings(Duration.ofDays(30), false, Duration.ofMinutes(10)));
	}

	/**
	 * The collection, except that an {@code insertMany} after {@code haltAfter} was set
	 * inserts that many documents, then fails as a connection lost would (once).
	 */
	@SuppressWarnings("unchecked")
	private static MongoCollection<Document> halting(MongoCollection<Document> target, AtomicInteger haltAfter) {
		return (MongoCollection<Document>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
				new Class<?>[] { MongoCollection.class }, (proxy, method, arguments) -> {
					int halt = haltAfter.getAndSet(-1);
					if (method.getName().equals("insertMany") && halt >= 0) {
						List<Document> documents = (List<Document>) arguments[0];
						documents.subList(0, halt).forEach(target::insertOne);
						throw new MongoSocketException("halted after " + halt + " segments", new ServerAddress());
					}
					haltAfter.compareAndSet(-1, halt);
					try {
						return method.invoke(target, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
