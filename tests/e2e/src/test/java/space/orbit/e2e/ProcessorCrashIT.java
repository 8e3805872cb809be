package space.orbit.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.test.ServiceProcess;
import space.orbit.test.TelemetryFixtures;
import space.orbit.test.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The processor dies — the JVM halted like {@code kill -9} — after committing a batch but
 * before acking it: right after the commit, or after Kafka took the events but before the
 * outbox row was deleted. RabbitMQ redelivers the message to a new processor; the batch
 * is stored once and every event is on Kafka exactly once.
 */
class ProcessorCrashIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private Spine spine;

	@BeforeEach
	void start() {
		TestKafka.bootstrapServers();
		this.spine = new Spine();
		// Awaited with the processor: the two JVMs start side by side.
		this.spine.startIngest();
	}

	@AfterEach
	void stop() {
		this.spine.close();
	}

	@ParameterizedTest(name = "halted {0}")
	@ValueSource(strings = { "processor.after-commit", "processor.after-publish" })
	void aRedeliveredBatchIsStoredAndPublishedOnce(String haltPoint) throws Exception {
		ServiceProcess doomed = this.spine.startProcessor(Map.of("orbit.faults.halt-at", haltPoint));
		this.spine.ingest().awaitReady();
		doomed.awaitReady();
		TelemetryFixtures fixtures = TelemetryFixtures.frames(400).samplesPerFrame(25).spacecraft("X-1", "X-2");

		HttpResponse<String> response = this.spine.post(fixtures.json(), null);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		UUID batchId = UUID.fromString(json.readTree(response.body()).get("batchId").asString());
		// 86: the service kit's HaltPoints.HALT_STATUS, a halt at an armed point.
		assertThat(doomed.awaitExit(Duration.ofSeconds(60))).isEqualTo(86);
		assertThat(this.spine.storedFrames(batchId)).isEqualTo(400);
		assertThat(this.spine.pendingOutbox()).isEqualTo(1);

		this.spine.startProcessor(Map.of()).awaitReady();

		await().atMost(Duration.ofSeconds(60)).until(() -> this.spine.pendingOutbox() == 0);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.spine.rabbit.messageCount(this.spine.routes.queue()) == 0);
		assertThat(this.spine.storedFrames(batchId)).isEqualTo(400);
		assertThat(this.spine.postgres.queryForLong("SELECT count(*) FROM telemetry_frame")).isEqualTo(400);
		List<ConsumerRecord<String, byte[]>> records = this.spine.published(batchId, 10_000);
		assertThat(Spine.samples(records, batchId)).isEqualTo(10_000);
		assertThat(records.stream().map(r -> TestKafka.header(r, "ce_id")).distinct()).hasSameSizeAs(records);
	}

}
