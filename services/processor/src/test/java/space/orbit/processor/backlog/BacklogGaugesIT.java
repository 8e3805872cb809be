package space.orbit.processor.backlog;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageListenerContainer;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import space.orbit.processor.ProcessorTestInfrastructure;
import space.orbit.telemetry.FrameLimits;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.telemetry.TelemetryCodec;
import space.orbit.test.TelemetryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The processor's backlog gauges on real RabbitMQ and PostgreSQL: the depth and consumers
 * of its queue (batches wait while its listener is stopped) and of its dead-letter queue,
 * and the rows waiting in its outbox and the age of the oldest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BacklogGaugesIT extends ProcessorTestInfrastructure {

	private static final TelemetryCodec codec = new TelemetryCodec(FrameLimits.DEFAULT);

	@Autowired
	private RabbitTemplate rabbitTemplate;

	@Autowired
	private RabbitListenerEndpointRegistry listeners;

	@Autowired
	private MeterRegistry meters;

	@Test
	void theQueueDepthCountsTheBatchesWaitingWhileTheListenerIsStopped() {
		MessageListenerContainer listener = this.listeners.getListenerContainer("telemetry");
		List<UUID> sent = new ArrayList<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> queue("orbit.queue.consumers", routes.queue()) == 1);
		listener.stop();
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> queue("orbit.queue.consumers", routes.queue()) == 0);
			for (int i = 0; i < 5; i++) {
				sent.add(send(TelemetryFixtures.frames(2).samplesPerFrame(1).spacecraft("Q-" + i)));
			}
			await().atMost(Duration.ofSeconds(30)).until(() -> queue("orbit.queue.depth", routes.queue()) == 5);
		}
		finally {
			listener.start();
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> queue("orbit.queue.depth", routes.queue()) == 0
					&& queue("orbit.queue.consumers", routes.queue()) == 1);
		for (UUID batch : sent) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> postgres
					.queryForLong("SELECT count(*) FROM telemetry_frame WHERE batch_id = '" + batch + "'") == 2);
		}
	}

	@Test
	void theDeadLetterQueueDepthCountsItsMessages() {
		String dlq = routes.deadLetterQueue();
		long before = rabbit.messageCount(dlq);
		await().atMost(Duration.ofSeconds(30)).until(() -> queue("orbit.queue.depth", dlq) == before);
		for (int i = 0; i < 3; i++) {
			this.rabbitTemplate.send("", dlq, MessageBuilder.withBody(("dead " + i).getBytes()).build());
		}
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> queue("orbit.queue.depth", dlq) == before + 3);
			assertThat(queue("orbit.queue.consumers", dlq)).isZero();
		}
		finally {
			for (int i = 0; i < 3; i++) {
				rabbit.get(dlq);
			}
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> queue("orbit.queue.depth", dlq) == before);
	}

	@Test
	void theOutboxBacklogCountsWaitingRowsAndTheAgeOfTheOldest() {
		await().atMost(Duration.ofSeconds(30)).until(() -> outbox("orbit.outbox.backlog", "telemetry") == 0);
		assertThat(outbox("orbit.outbox.oldest.age", "telemetry")).isZero();
		List<UUID> rows = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		for (int i = 0; i < rows.size(); i++) {
			// Leased for an hour: the sweeper leaves them alone.
			insertOutboxRow(rows.get(i), now.minusSeconds(120 - 30L * i), now.plusSeconds(3_600));
		}
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> outbox("orbit.outbox.backlog", "telemetry") == 3);
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(outbox("orbit.outbox.oldest.age", "telemetry")).isCloseTo(
						Duration.between(now.minusSeconds(120), Instant.now()).toMillis() / 1000.0, within(5.0)));
		}
		finally {
			postgres.queryForLong("WITH gone AS (DELETE FROM telemetry_outbox WHERE batch_id IN ('" + rows.get(0)
					+ "','" + rows.get(1) + "','" + rows.get(2) + "') RETURNING 1) SELECT count(*) FROM gone");
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> outbox("orbit.outbox.backlog", "telemetry") == 0
					&& outbox("orbit.outbox.oldest.age", "telemetry") == 0);
		await().atMost(Duration.ofSeconds(30)).until(() -> outbox("orbit.outbox.backlog", "registry") == 0);
	}

	private UUID send(TelemetryFixtures fixtures) {
		TelemetryBatch batch = new TelemetryBatch(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS),
				fixtures.build());
		this.rabbitTemplate.send(routes.exchange(), routes.routingKey(),
				MessageBuilder.withBody(codec.write(batch))
					.setContentType("application/json")
					.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
					.setMessageId(batch.batchId().toString())
					.build());
		return batch.batchId();
	}

	private static void insertOutboxRow(UUID batchId, Instant createdAt, Instant leaseUntil) {
		postgres.queryForLong("WITH added AS (INSERT INTO telemetry_outbox (batch_id, received_at, created_at, "
				+ "lease_until, min_ts, max_ts, frame_count, sample_count) VALUES ('" + batchId + "', '" + createdAt
				+ "', '" + createdAt + "', '" + leaseUntil + "', '" + createdAt + "', '" + createdAt
				+ "', 1, 1) RETURNING 1) SELECT count(*) FROM added");
	}

	private double queue(String gauge, String queue) {
		return this.meters.get(gauge).tag("queue", queue).gauge().value();
	}

	private double outbox(String gauge, String outbox) {
		return this.meters.get(gauge).tag("outbox", outbox).gauge().value();
	}

}
