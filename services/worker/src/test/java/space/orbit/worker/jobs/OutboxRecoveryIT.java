package space.orbit.worker.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import space.orbit.test.TestKafka;
import space.orbit.worker.WorkerTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A job's ended event whose publisher died is published once: after Kafka took it but
 * before its outbox row was deleted (the 30-minute chaos run's defect: the sweeper sent
 * it again), and before Kafka took it. Both through the sweeper and through the job's
 * message coming again. The rows are left as a killed worker leaves them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboxRecoveryIT extends WorkerTestInfrastructure {

	@Autowired
	JobStore store;

	@Autowired
	ResultPublisher publisher;

	@Autowired
	OutboxSweeper sweeper;

	@Autowired
	JobQueue queue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSweeperDoesNotPublishAgainWhatKafkaTookBeforeItsPublisherDied() {
		UUID id = endedJob();
		assertThat(this.publisher.publish(id)).isTrue();
		leftAsAKilledPublisherLeavesIt(id);

		this.sweeper.sweep();

		awaitPublished(id);
		assertThat(events(id)).hasSize(1);
	}

	@Test
	void theSweeperPublishesWhatKafkaNeverTook() {
		UUID id = endedJob();
		leftAsAKilledPublisherLeavesIt(id);

		this.sweeper.sweep();

		awaitPublished(id);
		assertThat(events(id)).hasSize(1);
	}

	@Test
	void theJobsMessageComingAgainDoesNotPublishAgainWhatKafkaTook() {
		UUID id = endedJob();
		assertThat(this.publisher.publish(id)).isTrue();
		leftAsAKilledPublisherLeavesIt(id);

		this.queue.publish(id, 5);

		awaitPublished(id);
		assertThat(events(id)).hasSize(1);
	}

	@Test
	void aRowItsPublisherTookWithinTheLeaseIsLeftToIt() {
		UUID id = endedJob();
		assertThat(this.store.takeOutbox(id, Duration.ofSeconds(30))).isPresent();

		assertThat(this.publisher.recover(id)).isTrue();
		this.sweeper.sweep();

		assertThat(outboxRows(id)).isOne();
		assertThat(events(id)).isEmpty();
		this.store.published(id);
	}

	/** A job that ended with a result, its outbox row written in the same transaction. */
	private UUID endedJob() {
		UUID id = UUID.randomUUID();
		this.store.insert(id, JobType.SPECTRAL_ANALYSIS, 5, "{}", Instant.now(), "test");
		assertThat(this.store.claim(id, "test", false)).isPresent();
		assertThat(this.store.succeed(id, "{\"peaks\":[]}")).isTrue();
		return id;
	}

	/**
	 * The outbox row as a worker killed a minute ago leaves it: written when the job
	 * ended, taken by that worker to publish, never deleted.
	 */
	private void leftAsAKilledPublisherLeavesIt(UUID id) {
		this.jdbc
			.sql("INSERT INTO job_outbox (job_id, created_at, taken_at) VALUES (?, now() - interval '61 seconds', "
					+ "now() - interval '60 seconds') ON CONFLICT (job_id) DO UPDATE SET "
					+ "created_at = excluded.created_at, taken_at = excluded.taken_at")
			.param(id)
			.update();
	}

	/** Its row deleted: by this sweep, or by the scheduled one if it came first. */
	private void awaitPublished(UUID id) {
		await().atMost(Duration.ofSeconds(30)).until(() -> outboxRows(id) == 0);
	}

	private long outboxRows(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM job_outbox WHERE job_id = ?").param(id).query(Long.class).single();
	}

	private static List<ConsumerRecord<String, byte[]>> events(UUID id) {
		return TestKafka.readToEnd(topic, Duration.ofSeconds(30))
			.stream()
			.filter((event) -> id.toString().equals(event.key()))
			.toList();
	}

}
