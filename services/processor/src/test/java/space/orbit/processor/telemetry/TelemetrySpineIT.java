package space.orbit.processor.telemetry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import space.orbit.processor.ProcessorTestInfrastructure;
import space.orbit.telemetry.FrameLimits;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.telemetry.TelemetryCodec;
import space.orbit.telemetry.columnar.ColumnarRecord;
import space.orbit.telemetry.columnar.TelemetryRecords;
import space.orbit.test.TelemetryFixtures;
import space.orbit.test.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The processor on real brokers: a batch from RabbitMQ ends up in PostgreSQL and on
 * Kafka, once, however often it is delivered; a poison message goes to the dead-letter
 * queue without blocking the batches behind it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelemetrySpineIT extends ProcessorTestInfrastructure {

	private static final TelemetryCodec codec = new TelemetryCodec(FrameLimits.DEFAULT);

	@Autowired
	private RabbitTemplate rabbitTemplate;

	@Autowired
	private MeterRegistry meters;

	@Test
	void storesABatchAndPublishesItOnce() {
		TelemetryBatch batch = batch(TelemetryFixtures.frames(300).samplesPerFrame(20).spacecraft("A-1", "A-2", "A-3"));

		send(batch);

		await().atMost(Duration.ofSeconds(30)).until(() -> storedSamples(batch.batchId()) == 6_000);
		await().atMost(Duration.ofSeconds(30)).until(() -> pendingOutbox() == 0);
		assertThat(publishedSamples(batch.batchId(), 6_000)).isEqualTo(6_000);
	}

	@Test
	void storesAndPublishesARedeliveredBatchOnce() {
		TelemetryBatch batch = batch(TelemetryFixtures.frames(100).samplesPerFrame(10).spacecraft("B-1"));
		send(batch);
		await().atMost(Duration.ofSeconds(30)).until(() -> storedSamples(batch.batchId()) == 1_000);
		assertThat(publishedSamples(batch.batchId(), 1_000)).isEqualTo(1_000);
		double duplicates = duplicateFrames();

		send(batch);
		await().atMost(Duration.ofSeconds(30)).until(() -> duplicateFrames() >= duplicates + 100);
		// Batches are published in delivery order: once the marker is on Kafka, whatever
		// the redelivery published is too.
		TelemetryBatch marker = batch(TelemetryFixtures.frames(1).samplesPerFrame(1).spacecraft("B-2"));
		send(marker);
		assertThat(publishedSamples(marker.batchId(), 1)).isEqualTo(1);

		assertThat(duplicateFrames()).isEqualTo(duplicates + 100);
		assertThat(postgres.queryForLong("SELECT count(*) FROM telemetry_frame WHERE spacecraft_id = 'B-1'"))
			.isEqualTo(100);
		await().atMost(Duration.ofSeconds(30)).until(() -> pendingOutbox() == 0);
		assertThat(publishedSamples(batch.batchId(), 1_000)).isEqualTo(1_000);
	}

	@Test
	void storesOnlyTheNewFramesOfAPartlyResubmittedBatch() {
		TelemetryFixtures fixtures = TelemetryFixtures.frames(50).samplesPerFrame(4).spacecraft("C-1");
		TelemetryBatch first = batch(fixtures);
		TelemetryBatch overlapping = new TelemetryBatch(UUID.randomUUID(), Instant.now(),
				TelemetryFixtures.frames(80)
					.samplesPerFrame(4)
					.spacecraft("C-1")
					.startingAt(first.frames().get(0).timestamp())
					.build());

		send(first);
		await().atMost(Duration.ofSeconds(30)).until(() -> storedSamples(first.batchId()) == 200);
		send(overlapping);

		await().atMost(Duration.ofSeconds(30)).until(() -> storedSamples(overlapping.batchId()) == 30 * 4);
		assertThat(publishedSamples(overlapping.batchId(), 120)).isEqualTo(120);
	}

	@Test
	void keepsASpacecraftsOrderOnKafkaWhileStoringBatchesInParallel() {
		// Large and small batches alternate, so stores running in parallel finish out of
		// order; Kafka must still see E-1's frames in the order they were queued.
		Instant start = Instant.now().minusSeconds(3_600).truncatedTo(ChronoUnit.SECONDS);
		// On one channel: RabbitMQ keeps the order of a channel's messages only, and the
		// template shares its cached channels with the processor (its backlog reader):
		// plain sends may go out on two channels and be queued out of order.
		long expected = this.rabbitTemplate.invoke((operations) -> {
			long sequence = 0;
			for (int i = 0; i < 24; i++) {
				int frames = (i % 2 == 0) ? 600 : 2;
				send(batch(TelemetryFixtures.frames(frames)
					.samplesPerFrame(20)
					.spacecraft("E-1")
					.firstSequence(sequence)
					.startingAt(start.plusMillis(sequence * 100))
					.every(Duration.ofMillis(100))));
				sequence += frames;
			}
			return sequence;
		});

		List<ConsumerRecord<String, byte[]>> records = TestKafka.readUntil(topic,
				read -> sequencesOf(read, "E-1").size() >= expected, Duration.ofSeconds(60));

		List<Long> sequences = sequencesOf(records, "E-1");
		assertThat(sequences).hasSize((int) expected).isSorted();
	}

	@Test
	void deadLettersAPoisonMessageAndKeepsGoing() {
		Message poison = MessageBuilder.withBody("{\"frames\":".getBytes(StandardCharsets.UTF_8))
			.setContentType("application/json")
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.build();
		this.rabbitTemplate.send(routes.exchange(), routes.routingKey(), poison);
		TelemetryBatch after = batch(TelemetryFixtures.frames(10).samplesPerFrame(2).spacecraft("D-1"));
		send(after);

		await().atMost(Duration.ofSeconds(30)).until(() -> storedSamples(after.batchId()) == 20);
		await().atMost(Duration.ofSeconds(30)).until(() -> rabbit.messageCount(routes.deadLetterQueue()) == 1);
		assertThat(new String(rabbit.get(routes.deadLetterQueue()).getBody(), StandardCharsets.UTF_8))
			.isEqualTo("{\"frames\":");
	}

	private static TelemetryBatch batch(TelemetryFixtures fixtures) {
		return new TelemetryBatch(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS), fixtures.build());
	}

	private void send(TelemetryBatch batch) {
		this.rabbitTemplate.send(routes.exchange(), routes.routingKey(),
				MessageBuilder.withBody(codec.write(batch))
					.setContentType("application/json")
					.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
					.setMessageId(batch.batchId().toString())
					.build());
	}

	private static long storedSamples(UUID batchId) {
		return postgres.queryForLong(
				"SELECT coalesce(sum(sample_count), 0) FROM telemetry_frame WHERE batch_id = '" + batchId + "'");
	}

	private static long pendingOutbox() {
		return postgres.queryForLong("SELECT count(*) FROM telemetry_outbox");
	}

	/**
	 * Samples of the batch on Kafka: read until at least {@code expected} are there, then
	 * every record up to the end offsets, so a duplicate would be counted; each event id
	 * must be there once.
	 */
	static long publishedSamples(UUID batchId, long expected) {
		TestKafka.readUntil(topic, read -> samplesOf(read, batchId) >= expected, Duration.ofSeconds(30));
		List<ConsumerRecord<String, byte[]>> ofBatch = TestKafka.readToEnd(topic, Duration.ofSeconds(30))
			.stream()
			.filter(r -> batchId.toString().equals(TestKafka.header(r, "orbit-batch-id")))
			.toList();
		assertThat(ofBatch.stream().map(r -> TestKafka.header(r, "ce_id")).toList())
			.as("event ids of batch %s", batchId)
			.doesNotHaveDuplicates();
		return samplesOf(ofBatch, batchId);
	}

	private double duplicateFrames() {
		return this.meters.counter("orbit.frames.duplicate").count();
	}

	private static List<Long> sequencesOf(List<ConsumerRecord<String, byte[]>> records, String spacecraft) {
		List<Long> sequences = new java.util.ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			if (spacecraft.equals(record.key())) {
				assertThat(TestKafka.header(record, "content-type")).isEqualTo(TelemetryRecords.COLUMNS_CONTENT_TYPE);
				for (long sequence : ColumnarRecord.decode(record.value()).sequences()) {
					sequences.add(sequence);
				}
			}
		}
		return sequences;
	}

	private static long samplesOf(List<ConsumerRecord<String, byte[]>> records, UUID batchId) {
		return records.stream()
			.filter(r -> batchId.toString().equals(TestKafka.header(r, "orbit-batch-id")))
			.mapToLong(r -> Long.parseLong(TestKafka.header(r, "orbit-sample-count")))
			.sum();
	}

}
