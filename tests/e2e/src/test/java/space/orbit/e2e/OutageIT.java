package space.orbit.e2e;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.test.PrivatePostgres;
import space.orbit.test.PrivateRabbit;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TelemetryFixtures;
import space.orbit.test.TestKafka;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Outages and overload, measured (issue 18): PostgreSQL stopped for a minute under load,
 * RabbitMQ refusing (a memory alarm, then the node stopped), and consumers that fell
 * behind (the processor on RabbitMQ, the enricher on Kafka) draining a large backlog in a
 * small heap. The brokers that fail are this class's own ({@link PrivatePostgres},
 * {@link PrivateRabbit}, ADR 0028), never the machine's; Kafka is the test JVM's broker.
 * Each test prints its figures on a line starting with {@code OUTAGE}, the figures of
 * docs/reliability.md.
 */
class OutageIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final long MIB = 1024 * 1024;

	private static PrivatePostgres postgres;

	private static PrivateRabbit rabbit;

	private Spine spine;

	@BeforeAll
	static void startBrokers() throws Exception {
		// The RabbitMQ node boots in ~10 s: meanwhile Kafka and PostgreSQL start.
		CompletableFuture<PrivateRabbit> node = CompletableFuture.supplyAsync(PrivateRabbit::newNode);
		try {
			TestKafka.bootstrapServers();
			postgres = PrivatePostgres.newCluster();
		}
		finally {
			rabbit = node.get(3, TimeUnit.MINUTES);
		}
	}

	@AfterAll
	static void stopBrokers() {
		try {
			if (rabbit != null) {
				rabbit.close();
			}
		}
		finally {
			if (postgres != null) {
				postgres.close();
			}
		}
	}

	@BeforeEach
	void newSpine() {
		this.spine = new Spine();
		Map<String, String> privateBrokers = Map.of("ORBIT_RABBITMQ_URL", rabbit.url(), "ORBIT_POSTGRES_URL",
				postgres.url(), "ORBIT_POSTGRES_USER", PrivatePostgres.USER);
		this.spine.overrides.put("ingest", privateBrokers);
		this.spine.overrides.put("processor", privateBrokers);
	}

	@AfterEach
	void closeSpine() {
		this.spine.close();
	}

	/**
	 * PostgreSQL stopped for 60 s while the simulator sends 420 samples/s: ingest never
	 * notices (every POST 202), RabbitMQ holds the backlog, and the same processor, never
	 * restarted, stores every frame once and publishes it once when PostgreSQL is back.
	 */
	@Test
	void postgresStoppedForAMinuteUnderLoad() throws Exception {
		ServiceProcess ingest = this.spine.startIngest();
		ServiceProcess processor = this.spine.startProcessor(Map.of());
		ingest.awaitReady();
		processor.awaitReady();
		Path report = Spine.logs().resolve("outage-postgres-" + System.currentTimeMillis() + ".json");
		Process simulator = this.spine.startSimulator(report, "--spacecraft", "5", "--rate", "2", "--duration", "75s");
		long backlogPeak = 0;
		long catchUpMillis;
		try {
			await().atMost(Duration.ofSeconds(60)).until(() -> storedFrames() > 0);
			long backlogBefore = queueDepth();
			postgres.stop();
			long stopped = System.nanoTime();
			try {
				while (System.nanoTime() - stopped < TimeUnit.SECONDS.toNanos(60)) {
					backlogPeak = Math.max(backlogPeak, queueDepth());
					Thread.sleep(1000);
				}
			}
			finally {
				postgres.start();
			}
			long started = System.nanoTime();
			assertThat(backlogPeak).as("messages ready in the processor's queue during the outage")
				.isGreaterThan(backlogBefore + 30);
			await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> queueDepth() <= 1);
			catchUpMillis = (System.nanoTime() - started) / 1_000_000;
			assertThat(simulator.waitFor(3, TimeUnit.MINUTES)).as("the simulator finished").isTrue();
		}
		finally {
			simulator.destroyForcibly();
		}
		JsonNode run = json.readTree(Files.readString(report));
		long accepted = run.get("framesAccepted").asLong();
		assertThat(accepted).isEqualTo(run.get("framesSent").asLong()).isEqualTo(run.get("framesGenerated").asLong());
		assertThat(json.treeToValue(run.get("requests"), Map.class)).as("HTTP answers to the simulator")
			.containsOnlyKeys("202");
		assertThat(run.get("retries").asLong()).isZero();

		await().atMost(Duration.ofSeconds(60)).until(() -> storedFrames() == accepted && pendingOutbox() == 0);
		assertThat(processor.alive()).as("the same processor JVM, never restarted").isTrue();
		assertThat(this.spine.get(processor, "/health/readiness").statusCode()).isEqualTo(200);
		long storedSamples = storedSamples();
		assertThat(storedSamples).isEqualTo(run.get("samplesAccepted").asLong());
		List<ConsumerRecord<String, byte[]>> events = TestKafka.readToEnd(this.spine.kafka, this.spine.topic,
				Duration.ofSeconds(30));
		assertThat(events.stream().mapToLong(r -> Long.parseLong(TestKafka.header(r, "orbit-sample-count"))).sum())
			.as("samples on Kafka")
			.isEqualTo(storedSamples);
		assertThat(events.stream().map(r -> TestKafka.header(r, "ce_id")).distinct()).hasSameSizeAs(events);
		System.out.printf(
				"OUTAGE postgres-60s: frames accepted %d of %d, answers %s, backlog peak %d messages (%d frames),"
						+ " caught up %.1f s after the restart, stored %d frames / %d samples once%n",
				accepted, run.get("framesSent").asLong(), run.get("requests"), backlogPeak, backlogPeak * 10,
				catchUpMillis / 1000.0, accepted, storedSamples);
	}

	/**
	 * RabbitMQ refusing, first with a memory alarm, then stopped: a client POSTing for 30
	 * s gets 503 problem+json with Retry-After each time while ingest's heap stays flat,
	 * and the simulator, retrying through both, loses nothing.
	 */
	@Test
	void rabbitRefusingIsAnsweredWith503AndLosesNothing() throws Exception {
		ServiceProcess ingest = this.spine.startIngest();
		ServiceProcess processor = this.spine.startProcessor(Map.of());
		ingest.awaitReady();
		processor.awaitReady();
		Path report = Spine.logs().resolve("outage-rabbit-" + System.currentTimeMillis() + ".json");
		Process simulator = this.spine.startSimulator(report, "--spacecraft", "5", "--rate", "2", "--duration", "95s",
				"--max-retries", "200");
		List<Refusal> refusals = new ArrayList<>();
		try {
			await().atMost(Duration.ofSeconds(60)).until(() -> simulatorFrames() > 0);
			refusals.add(Refusal.measure(this.spine, ingest, "memory-alarm", () -> rabbit.memoryAlarm(true),
					() -> rabbit.memoryAlarm(false)));
			Thread.sleep(3000);
			refusals.add(Refusal.measure(this.spine, ingest, "node-stopped", rabbit::stop, rabbit::start));
			assertThat(simulator.waitFor(4, TimeUnit.MINUTES)).as("the simulator finished").isTrue();
		}
		finally {
			simulator.destroyForcibly();
			if (!rabbit.running()) {
				rabbit.start();
			}
			rabbit.memoryAlarm(false);
		}
		for (Refusal refusal : refusals) {
			assertThat(refusal.answers()).as("%s: answers to the client", refusal.name()).containsOnlyKeys("503");
			assertThat(refusal.answers().get("503")).as("%s: 503s", refusal.name()).isGreaterThan(50);
			assertThat(refusal.withoutRetryAfter()).as("%s: 503s without Retry-After", refusal.name()).isZero();
			assertThat(refusal.notProblemJson()).as("%s: 503s not application/problem+json", refusal.name()).isZero();
			assertThat(refusal.heapAfterGcGrowth()).as("%s: ingest's heap after GC grew by", refusal.name())
				.isLessThan(64 * MIB);
		}
		JsonNode run = json.readTree(Files.readString(report));
		assertThat(run.get("requests").has("503")).as("the simulator ran through a refusal: %s", run.get("requests"))
			.isTrue();
		assertThat(run.get("framesLost").asLong()).isZero();
		long accepted = run.get("framesAccepted").asLong();
		assertThat(accepted).isEqualTo(run.get("framesGenerated").asLong());
		await().atMost(Duration.ofSeconds(90)).until(() -> simulatorFrames() == accepted && pendingOutbox() == 0);
		assertThat(postgres.queryForLong(this.spine.postgres.schema(),
				"SELECT sum(sample_count) FROM telemetry_frame WHERE spacecraft_id LIKE 'ORB-%'"))
			.isEqualTo(run.get("samplesAccepted").asLong());
		assertThat(processor.alive()).isTrue();
		for (Refusal refusal : refusals) {
			System.out.printf(
					"OUTAGE rabbit-%s: client saw %s in %.0f s, heap after GC %d -> %d MiB, RSS %d -> peak %d MiB%n",
					refusal.name(), refusal.answers(), refusal.seconds(), refusal.heapBefore() / MIB,
					refusal.heapAfter() / MIB, refusal.rssBefore() / MIB, refusal.rssPeak() / MIB);
		}
		System.out.printf("OUTAGE rabbit-simulator: %d frames accepted of %d, lost %d, retries %d, answers %s%n",
				accepted, run.get("framesGenerated").asLong(), run.get("framesLost").asLong(),
				run.get("retries").asLong(), run.get("requests"));
	}

	/**
	 * Consumers that fell behind: 200 batches (20,000 frames, 400,000 samples) wait in
	 * the processor's queue, then it starts with a 160 MiB heap and drains them all
	 * without running out of memory (RabbitMQ's prefetch bounds what it holds, not the
	 * backlog); then the enricher does the same with what the processor put on Kafka.
	 */
	@Test
	void consumersFarBehindDrainTheirBacklogInASmallHeap() throws Exception {
		this.spine.startIngest().awaitReady();
		int batches = 200;
		Instant base = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
		LongAdder accepted = new LongAdder();
		List<Thread> posters = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			int first = t;
			posters.add(Thread.ofVirtual().start(() -> {
				for (int i = first; i < batches; i += 4) {
					TelemetryFixtures batch = TelemetryFixtures.frames(100)
						.samplesPerFrame(20)
						.spacecraft("BEHIND-1", "BEHIND-2")
						.startingAt(base.plusSeconds(5L * i))
						.firstSequence(50L * i);
					try {
						HttpResponse<String> response = this.spine.post(batch.json(), null);
						if (response.statusCode() == 202) {
							accepted.increment();
						}
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}
			}));
		}
		for (Thread poster : posters) {
			poster.join();
		}
		assertThat(accepted.sum()).isEqualTo(batches);
		long backlog = queueDepth();
		assertThat(backlog).isEqualTo(batches);

		ServiceProcess processor = this.spine.startProcessor(Map.of(),
				List.of("-Xmx160m", "-XX:+ExitOnOutOfMemoryError"));
		long started = System.nanoTime();
		processor.awaitReady();
		AtomicLong heapPeak = new AtomicLong();
		long deadline = started + TimeUnit.SECONDS.toNanos(240);
		while (storedFrames() < 20_000 || queueDepth() > 0) {
			assertThat(processor.alive()).as("the processor is alive:\n%s", processor.tail(20)).isTrue();
			assertThat(System.nanoTime()).as("drained within 240 s").isLessThan(deadline);
			heapPeak.accumulateAndGet(Measured.heapUsedOrZero(processor), Math::max);
			Thread.sleep(500);
		}
		long drainMillis = (System.nanoTime() - started) / 1_000_000;
		await().atMost(Duration.ofSeconds(60)).until(() -> pendingOutbox() == 0);
		assertThat(processor.alive()).isTrue();
		assertThat(Files.readString(processor.log())).doesNotContain("OutOfMemoryError");
		assertThat(heapPeak.get()).isPositive().isLessThan(160 * MIB);
		assertThat(storedFrames()).isEqualTo(20_000);
		assertThat(storedSamples()).isEqualTo(400_000);
		List<ConsumerRecord<String, byte[]>> events = TestKafka.readToEnd(this.spine.kafka, this.spine.topic,
				Duration.ofSeconds(30));
		assertThat(events.stream().mapToLong(r -> Long.parseLong(TestKafka.header(r, "orbit-sample-count"))).sum())
			.isEqualTo(400_000);
		System.out.printf(
				"OUTAGE backlog: %d messages (20000 frames, 400000 samples) drained by a processor with -Xmx160m in"
						+ " %.1f s (from its JVM's start), heap used peak %d MiB, no OutOfMemoryError%n",
				backlog, drainMillis / 1000.0, heapPeak.get() / MIB);
		enricherDrainsTheTopicInASmallHeap(events.size());
	}

	/**
	 * A Kafka consumer far behind: the enricher starts with a 160 MiB heap on the topic
	 * the processor just filled (400,000 samples) and archives all of it once, its
	 * consumer group's lag down to 0, without running out of memory.
	 */
	private void enricherDrainsTheTopicInASmallHeap(int records) throws Exception {
		String group = TestNames.unique("outage-enricher-");
		try (TestMongo archive = TestMongo.newDatabase("outage_archive")) {
			ServiceProcess enricher = ServiceProcess.start("enricher", Spine.jar("enricher"), ServiceProcess.freePort(),
					Map.of("ORBIT_KAFKA_BOOTSTRAP", this.spine.kafka, "ORBIT_MONGODB_URI", archive.uri(),
							"ORBIT_SECURITY_ENABLED", "false"),
					Map.of("orbit.enricher.telemetry-topic", this.spine.topic, "orbit.enricher.registry-topic",
							this.spine.registryTopic, "orbit.enricher.consumer-group", group),
					Spine.logs(), List.of("-Xmx160m", "-XX:+ExitOnOutOfMemoryError"));
			try {
				long started = System.nanoTime();
				enricher.awaitReady();
				long deadline = started + TimeUnit.SECONDS.toNanos(240);
				long heapPeak = 0;
				while (Measured.metric(enricher, "orbit_samples_archived_total")
						- Measured.metric(enricher, "orbit_samples_derived_total") < 400_000
						|| Measured.lag(this.spine.kafka, this.spine.topic, group) > 0) {
					assertThat(enricher.alive()).as("the enricher is alive:\n%s", enricher.tail(20)).isTrue();
					assertThat(System.nanoTime()).as("archived within 240 s").isLessThan(deadline);
					heapPeak = Math.max(heapPeak, Measured.heapUsedOrZero(enricher));
					Thread.sleep(500);
				}
				long drainMillis = (System.nanoTime() - started) / 1_000_000;
				assertThat(enricher.alive()).isTrue();
				assertThat(Files.readString(enricher.log())).doesNotContain("OutOfMemoryError");
				assertThat(heapPeak).isPositive().isLessThan(160 * MIB);
				assertThat(Measured.metric(enricher, "orbit_samples_archived_total")
						- Measured.metric(enricher, "orbit_samples_derived_total"))
					.as("raw samples archived once")
					.isEqualTo(400_000);
				System.out.printf(
						"OUTAGE kafka-backlog: %d records (400000 samples) archived by an enricher with -Xmx160m in"
								+ " %.1f s (from its JVM's start), heap used peak %d MiB, lag 0, no OutOfMemoryError%n",
						records, drainMillis / 1000.0, heapPeak / MIB);
			}
			finally {
				enricher.close();
			}
		}
	}

	private long queueDepth() {
		return rabbit.messageCount(this.spine.routes.queue());
	}

	private long storedFrames() {
		return postgres.queryForLong(this.spine.postgres.schema(), "SELECT count(*) FROM telemetry_frame");
	}

	/**
	 * The simulator's frames (ORB-1...): a batch of the load client's that RabbitMQ held
	 * during its alarm and queued after it may be stored too.
	 */
	private long simulatorFrames() {
		return postgres.queryForLong(this.spine.postgres.schema(),
				"SELECT count(*) FROM telemetry_frame WHERE spacecraft_id LIKE 'ORB-%'");
	}

	private long storedSamples() {
		return postgres.queryForLong(this.spine.postgres.schema(),
				"SELECT coalesce(sum(sample_count), 0) FROM telemetry_frame");
	}

	private long pendingOutbox() {
		return postgres.queryForLong(this.spine.postgres.schema(), "SELECT count(*) FROM telemetry_outbox");
	}

}
