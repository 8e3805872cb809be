package space.orbit.processor.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import space.orbit.processor.ProxiedKafkaInfrastructure;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.test.TelemetryFixtures;
import space.orbit.test.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox sweeper on real PostgreSQL and Kafka: a batch stored but never published
 * (its publisher died) is published by the sweeper after its lease, with the very events
 * its fast path would have published, rebuilt from the table; events already on Kafka are
 * not published again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboxRecoveryIT extends ProxiedKafkaInfrastructure {

	@Autowired
	private StoreBatch store;

	@Autowired
	private TelemetryEvents events;

	@Autowired
	private EventPublisher publisher;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private RabbitTemplate rabbitTemplate;

	@Autowired
	private OutboxRelay relay;

	@Test
	void aRecoveredBatchGetsTheEventsItsFastPathWouldHavePublished() {
		TelemetryBatch batch = shuffledBatchOfSeveralChunks();
		double recovered = recovered("republished");

		StoredBatch stored = this.store.store(SpineProbe.raw(batch));
		List<TelemetryEvent> fromMemory = this.events.of(batch.batchId(), batch.receivedAt(), stored.newFrames());
		await().atMost(Duration.ofSeconds(60)).until(() -> spine().pendingOutbox(List.of(batch.batchId())) == 0);

		List<ConsumerRecord<String, byte[]>> reloaded = spine().published(batch.batchId());
		assertThat(fromMemory).hasSizeGreaterThan(4);
		assertThat(SpineProbe.ids(reloaded)).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(fromMemory.stream().map(TelemetryEvent::id).toList());
		Map<String, ConsumerRecord<String, byte[]>> byId = reloaded.stream()
			.collect(Collectors.toMap((r) -> TestKafka.header(r, "ce_id"), Function.identity()));
		for (TelemetryEvent event : fromMemory) {
			ConsumerRecord<String, byte[]> record = byId.get(event.id());
			assertThat(record.key()).isEqualTo(event.spacecraftId());
			assertThat(TestKafka.header(record, "orbit-frame-count")).isEqualTo(Integer.toString(event.frames()));
			assertThat(TestKafka.header(record, "orbit-sample-count")).isEqualTo(Integer.toString(event.samples()));
			// The samples come back from jsonb reformatted, and encode to the same record
			// byte for byte.
			assertThat(record.value()).as(event.id()).isEqualTo(event.value());
		}
		assertThat(recovered("republished")).isEqualTo(recovered + 1);
	}

	@Test
	void theSweeperPublishesOnlyTheEventsKafkaDoesNotHaveYet() {
		TelemetryBatch batch = SpineProbe.batch(TelemetryFixtures.frames(60).samplesPerFrame(5).spacecraft("S-1"));
		StoredBatch stored = this.store.store(SpineProbe.raw(batch));
		List<TelemetryEvent> all = this.events.of(batch.batchId(), batch.receivedAt(), stored.newFrames());
		// The publisher died after Kafka took the first event.
		this.publisher.publish(batch.batchId(), batch.receivedAt(), all.subList(0, 1));
		double recovered = recovered("republished");
		double published = publishedEvents();

		await().atMost(Duration.ofSeconds(60)).until(() -> spine().pendingOutbox(List.of(batch.batchId())) == 0);

		List<ConsumerRecord<String, byte[]>> records = spine().published(batch.batchId());
		assertThat(SpineProbe.ids(records)).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(all.stream().map(TelemetryEvent::id).toList());
		assertThat(SpineProbe.samples(records)).isEqualTo(300);
		assertThat(publishedEvents()).isEqualTo(published + all.size() - 1);
		assertThat(recovered("republished")).isEqualTo(recovered + 1);
	}

	@Test
	void theSweeperDeletesARowWhoseEventsAreAllOnKafkaWithoutPublishingThemAgain() {
		TelemetryBatch batch = SpineProbe.batch(TelemetryFixtures.frames(30).samplesPerFrame(5).spacecraft("S-2"));
		StoredBatch stored = this.store.store(SpineProbe.raw(batch));
		List<TelemetryEvent> all = this.events.of(batch.batchId(), batch.receivedAt(), stored.newFrames());
		// The publisher died after Kafka took every event, before it deleted the row.
		this.publisher.publish(batch.batchId(), batch.receivedAt(), all);
		double alreadyPublished = recovered("already_published");
		double published = publishedEvents();

		await().atMost(Duration.ofSeconds(60)).until(() -> spine().pendingOutbox(List.of(batch.batchId())) == 0);

		assertThat(SpineProbe.ids(spine().published(batch.batchId()))).hasSameSizeAs(all).doesNotHaveDuplicates();
		assertThat(recovered("already_published")).isEqualTo(alreadyPublished + 1);
		assertThat(publishedEvents()).isEqualTo(published);
	}

	@Test
	void aFastPathThatWaitedPastItsLeaseRenewsItAndPublishesTheBatchItself() {
		TelemetryBatch batch = SpineProbe.batch(TelemetryFixtures.frames(40).samplesPerFrame(5).spacecraft("F-1"));
		StoredBatch stored = this.store.store(SpineProbe.raw(batch));
		double recovered = recovered("republished");

		this.relay.publish(late(stored));

		assertThat(spine().pendingOutbox(List.of(batch.batchId()))).isZero();
		assertThat(SpineProbe.samples(spine().published(batch.batchId()))).isEqualTo(200);
		assertThat(recovered("republished")).isEqualTo(recovered);
	}

	@Test
	void aFastPathThatWaitedWhileTheSweeperTookTheBatchOverLeavesItToTheSweeper() {
		TelemetryBatch batch = SpineProbe.batch(TelemetryFixtures.frames(40).samplesPerFrame(5).spacecraft("F-2"));
		StoredBatch stored = this.store.store(SpineProbe.raw(batch));
		// As a sweeper does when it takes a row over (its lease keeps others off).
		fixture.postgres
			.queryForLong("WITH t AS (UPDATE telemetry_outbox SET attempts = attempts + 1 WHERE batch_id = '"
					+ batch.batchId() + "' RETURNING 1) SELECT count(*) FROM t");
		double recovered = recovered("republished");

		this.relay.publish(late(stored));

		assertThat(spine().pendingOutbox(List.of(batch.batchId()))).isEqualTo(1);
		await().atMost(Duration.ofSeconds(60)).until(() -> spine().pendingOutbox(List.of(batch.batchId())) == 0);
		List<ConsumerRecord<String, byte[]>> records = spine().published(batch.batchId());
		assertThat(SpineProbe.ids(records)).doesNotHaveDuplicates();
		assertThat(SpineProbe.samples(records)).isEqualTo(200);
		assertThat(recovered("republished")).isEqualTo(recovered + 1);
	}

	/**
	 * The batch as the fast path has it when it comes to it too late to publish in its
	 * lease.
	 */
	private StoredBatch late(StoredBatch stored) {
		return new StoredBatch(stored.batch(), stored.newFrames(),
				Instant.now().plus(this.publisher.attemptLimit()).minusSeconds(1));
	}

	/** Two spacecraft, frames of 7 and of 3 samples, in no particular order. */
	private static TelemetryBatch shuffledBatchOfSeveralChunks() {
		List<Frame> frames = new ArrayList<>(
				TelemetryFixtures.frames(60).samplesPerFrame(7).spacecraft("R-1", "R-2").build());
		frames.addAll(TelemetryFixtures.frames(40).samplesPerFrame(3).spacecraft("R-1").firstSequence(1_000).build());
		Collections.shuffle(frames, new Random(42));
		return new TelemetryBatch(UUID.randomUUID(), SpineProbe.batch(TelemetryFixtures.frames(1)).receivedAt(),
				frames);
	}

	private SpineProbe spine() {
		return new SpineProbe(fixture, this.rabbitTemplate, kafka::readToEnd);
	}

	private double recovered(String outcome) {
		return this.meters.counter("orbit.outbox.recovered", "outcome", outcome).count();
	}

	private double publishedEvents() {
		return this.meters.counter("orbit.events.published", "topic", fixture.topic).count();
	}

}
