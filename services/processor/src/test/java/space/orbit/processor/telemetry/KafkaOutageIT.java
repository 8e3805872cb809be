package space.orbit.processor.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import space.orbit.processor.ProcessorProperties;
import space.orbit.processor.ProxiedKafkaInfrastructure;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.RawTelemetryBatch;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.test.TelemetryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Kafka goes down (its connections cut) under a running processor: batches are still
 * stored and acknowledged, their outbox rows wait for the sweeper, which publishes each
 * once when Kafka is back; nothing is dead-lettered. A failed publish attempt leaves no
 * record behind that could reach Kafka later, when the sweeper may publish the batch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KafkaOutageIT extends ProxiedKafkaInfrastructure {

	@Autowired
	private RabbitTemplate rabbitTemplate;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private TelemetryEvents events;

	@Autowired
	private EventPublisher publisher;

	@Autowired
	private KafkaProperties kafkaProperties;

	@Autowired
	private ProcessorProperties properties;

	@Test
	void batchesStoredWhileKafkaIsDownArePublishedOnceByTheSweeperWhenItIsBack() {
		publishedOnceKafkaIsUp("K-1");
		List<TelemetryBatch> batches = List.of(batch("K-1"), batch("K-2"), batch("K-3"));
		List<UUID> ids = batches.stream().map(TelemetryBatch::batchId).toList();
		double recovered = this.meters.counter("orbit.outbox.recovered", "outcome", "republished").count();
		double deadLettered = deadLettered();

		kafka.cut();
		try {
			batches.forEach(spine()::send);
			await().atMost(Duration.ofSeconds(60))
				.until(() -> batches.stream().allMatch((b) -> spine().storedFrames(b.batchId()) == 40));
			// The fast path gave up (or, too late in its lease, did not try); the sweeper
			// took
			// the rows over and could not publish them either.
			await().atMost(Duration.ofSeconds(90)).until(() -> spine().takenOver(ids) == 3);
		}
		finally {
			kafka.restore();
		}
		await().atMost(Duration.ofSeconds(120)).until(() -> spine().pendingOutbox(ids) == 0);

		for (TelemetryBatch batch : batches) {
			List<ConsumerRecord<String, byte[]>> records = spine().published(batch.batchId());
			assertThat(SpineProbe.ids(records)).as("events of %s", batch.batchId()).doesNotHaveDuplicates();
			assertThat(SpineProbe.samples(records)).isEqualTo(40 * 5);
		}
		assertThat(this.meters.counter("orbit.outbox.recovered", "outcome", "republished").count())
			.isEqualTo(recovered + 3);
		assertThat(deadLettered()).isEqualTo(deadLettered);
		assertThat(fixture.rabbit.messageCount(fixture.routes.deadLetterQueue())).isZero();
		assertThat(fixture.rabbit.messageCount(fixture.routes.queue())).isZero();
	}

	@Test
	void aFailedPublishLeavesNothingInTheProducerThatCouldReachKafkaLater() {
		// A producer of the test's own, so no other test's sends shape what it holds.
		DefaultKafkaProducerFactory<String, byte[]> producers = new DefaultKafkaProducerFactory<>(
				this.kafkaProperties.buildProducerProperties(), new StringSerializer(), new ByteArraySerializer());
		EventPublisher publisher = new EventPublisher(new KafkaTemplate<>(producers), this.kafkaProperties,
				this.properties);
		try {
			publishDirectly(publisher, batch("L-1"));
			TelemetryBatch batch = batch("L-1");
			kafka.cut();
			try {
				// The producer knows the partitions: the sends wait in its buffer, then
				// time out.
				assertThatThrownBy(() -> publishDirectly(publisher, batch)).isInstanceOf(IllegalStateException.class)
					.hasMessageContaining("did not acknowledge");
			}
			finally {
				kafka.restore();
			}
			// Kafka is back before the producer's delivery timeout would have run out: a
			// send
			// still in its buffer would reach the partition now, ahead of this marker's.
			TelemetryBatch marker = batch("L-1");
			publishDirectly(publisher, marker);

			assertThat(spine().published(marker.batchId())).isNotEmpty();
			assertThat(spine().published(batch.batchId())).isEmpty();
		}
		finally {
			producers.destroy();
		}
	}

	/**
	 * Sends a batch through the queue and waits until it is on Kafka (the producer then
	 * knows the topic).
	 */
	private TelemetryBatch publishedOnceKafkaIsUp(String spacecraft) {
		TelemetryBatch marker = SpineProbe
			.batch(TelemetryFixtures.frames(1).samplesPerFrame(1).spacecraft(spacecraft).startingAt(Instant.now()));
		spine().send(marker);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> spine().pendingOutbox(List.of(marker.batchId())) == 0
					&& spine().storedFrames(marker.batchId()) == 1);
		return marker;
	}

	private void publishDirectly(EventPublisher publisher, TelemetryBatch batch) {
		publisher.publish(batch.batchId(), batch.receivedAt(),
				this.events.of(batch.batchId(), batch.receivedAt(), fromMemory(batch)));
	}

	/** The batch's frames as the fast path has them, without storing them. */
	private static List<StoredFrame> fromMemory(TelemetryBatch batch) {
		RawTelemetryBatch raw = SpineProbe.raw(batch);
		List<StoredFrame> frames = new ArrayList<>();
		for (int i = 0; i < raw.batch().frames().size(); i++) {
			Frame frame = raw.batch().frames().get(i);
			frames.add(new StoredFrame(frame.spacecraftId(), frame.timestamp(), frame.sequence(), frame.sampleCount(),
					raw.samplesJson().get(i)));
		}
		return frames;
	}

	private static TelemetryBatch batch(String spacecraft) {
		return SpineProbe.batch(TelemetryFixtures.frames(40).samplesPerFrame(5).spacecraft(spacecraft));
	}

	private SpineProbe spine() {
		return new SpineProbe(fixture, this.rabbitTemplate, kafka::readToEnd);
	}

	private double deadLettered() {
		return this.meters.find("orbit.messages.dead_lettered").counters().stream().mapToDouble((c) -> c.count()).sum();
	}

}
