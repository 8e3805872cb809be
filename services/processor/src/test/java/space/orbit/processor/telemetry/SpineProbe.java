package space.orbit.processor.telemetry;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import space.orbit.processor.ProcessorFixture;
import space.orbit.telemetry.FrameLimits;
import space.orbit.telemetry.RawTelemetryBatch;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.telemetry.TelemetryCodec;
import space.orbit.test.TelemetryFixtures;
import space.orbit.test.TestKafka;

/**
 * What the tests of a processor under test send (batches, to its queue) and look at (its
 * tables, its topic on the Kafka broker it uses).
 */
final class SpineProbe {

	static final TelemetryCodec codec = new TelemetryCodec(FrameLimits.DEFAULT);

	private final ProcessorFixture fixture;

	private final RabbitTemplate rabbit;

	private final BiFunction<String, Duration, List<ConsumerRecord<String, byte[]>>> readToEnd;

	/**
	 * @param readToEnd reads a topic of the processor's broker to its end offsets
	 */
	SpineProbe(ProcessorFixture fixture, RabbitTemplate rabbit,
			BiFunction<String, Duration, List<ConsumerRecord<String, byte[]>>> readToEnd) {
		this.fixture = fixture;
		this.rabbit = rabbit;
		this.readToEnd = readToEnd;
	}

	static TelemetryBatch batch(TelemetryFixtures fixtures) {
		return new TelemetryBatch(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS), fixtures.build());
	}

	/** The batch as the processor reads it off the queue. */
	static RawTelemetryBatch raw(TelemetryBatch batch) {
		return codec.readWithRawSamples(codec.write(batch));
	}

	void send(TelemetryBatch batch) {
		this.rabbit.send(this.fixture.routes.exchange(), this.fixture.routes.routingKey(),
				MessageBuilder.withBody(codec.write(batch))
					.setContentType("application/json")
					.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
					.setMessageId(batch.batchId().toString())
					.build());
	}

	long storedFrames(UUID batchId) {
		return this.fixture.postgres
			.queryForLong("SELECT count(*) FROM telemetry_frame WHERE batch_id = '" + batchId + "'");
	}

	long pendingOutbox(Collection<UUID> batchIds) {
		return this.fixture.postgres.queryForLong("SELECT count(*) FROM telemetry_outbox WHERE " + in(batchIds));
	}

	/** Outbox rows of these batches that the sweeper has taken over at least once. */
	long takenOver(Collection<UUID> batchIds) {
		return this.fixture.postgres
			.queryForLong("SELECT count(*) FROM telemetry_outbox WHERE attempts > 0 AND " + in(batchIds));
	}

	/** The batch's records on the topic, reading every record to the end offsets. */
	List<ConsumerRecord<String, byte[]>> published(UUID batchId) {
		return this.readToEnd.apply(this.fixture.topic, Duration.ofSeconds(30))
			.stream()
			.filter((r) -> batchId.toString().equals(TestKafka.header(r, "orbit-batch-id")))
			.toList();
	}

	static List<String> ids(List<ConsumerRecord<String, byte[]>> records) {
		return records.stream().map((r) -> TestKafka.header(r, "ce_id")).toList();
	}

	static long samples(List<ConsumerRecord<String, byte[]>> records) {
		return records.stream().mapToLong((r) -> Long.parseLong(TestKafka.header(r, "orbit-sample-count"))).sum();
	}

	private static String in(Collection<UUID> batchIds) {
		return batchIds.stream().map((id) -> "'" + id + "'").collect(Collectors.joining(",", "batch_id IN (", ")"));
	}

}
