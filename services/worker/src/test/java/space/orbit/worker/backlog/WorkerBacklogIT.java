package space.orbit.worker.backlog;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import space.orbit.worker.WorkerTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker's backlog gauges on real RabbitMQ and PostgreSQL: its job queue's consumers,
 * its dead-letter queue's depth as messages arrive and leave, its retry queue and its
 * outbox read (numbers, not NaN).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerBacklogIT extends WorkerTestInfrastructure {

	@Autowired
	private RabbitTemplate rabbitTemplate;

	@Autowired
	private MeterRegistry meters;

	@Test
	void theGaugesReadTheJobQueuesAndTheOutbox() {
		// Two consumers (orbit.worker.consumers in the tests), nothing waiting.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> queue("orbit.queue.consumers", routes.queue()) == 2
					&& queue("orbit.queue.depth", routes.queue()) == 0);
		await().atMost(Duration.ofSeconds(30)).until(() -> queue("orbit.queue.depth", routes.retryQueue()) >= 0);
		assertThat(
				this.meters.get("orbit.queue.depth").tag("queue", routes.retryQueue()).gauge().getId().getTag("kind"))
			.isEqualTo("retry");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> outbox("orbit.outbox.backlog") >= 0 && outbox("orbit.outbox.oldest.age") >= 0);

		String dlq = routes.deadLetterQueue();
		long before = rabbit.messageCount(dlq);
		for (int i = 0; i < 3; i++) {
			this.rabbitTemplate.send("", dlq,
					MessageBuilder.withBody(("dead " + i).getBytes(StandardCharsets.UTF_8)).build());
		}
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> queue("orbit.queue.depth", dlq) == before + 3);
		}
		finally {
			for (int i = 0; i < 3; i++) {
				rabbit.get(dlq);
			}
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> queue("orbit.queue.depth", dlq) == before);
	}

	private double queue(String gauge, String queue) {
		return this.meters.get(gauge).tag("queue", queue).gauge().value();
	}

	private double outbox(String gauge) {
		return this.meters.get(gauge).tag("outbox", "compute").gauge().value();
	}

}
