package space.orbit.processor.telemetry;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.processor.ProcessorFixture;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.test.TcpProxy;
import space.orbit.test.TelemetryFixtures;
import space.orbit.test.TestKafka;
import space.orbit.test.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL goes down (the processor's connections to it cut by a proxy; the server
 * itself keeps running for everyone else): a batch delivered meanwhile is held and its
 * store retried, far beyond {@code retry.max-attempts}, never dead-lettered; once
 * PostgreSQL is back it is stored and published once.
 */
@SpringBootTest
@DirtiesContext
class PostgresOutageIT {

	private static final ProcessorFixture fixture = ProcessorFixture.create("processor_pg_it");

	private static final TcpProxy postgresProxy = TcpProxy.to(postgresPort());

	@Autowired
	private RabbitTemplate rabbitTemplate;

	@Autowired
	private MeterRegistry meters;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		String url = TestPostgres.URL.replaceFirst("//([^/:]+)(:\\d+)?/", "//127.0.0.1:" + postgresProxy.port() + "/");
		fixture.register(registry,
				Map.<String, Supplier<Object>>of("spring.datasource.url", () -> url,
						"spring.datasource.hikari.connection-timeout", () -> "1000",
						"orbit.processor.retry.max-interval", () -> "500ms"));
	}

	@Test
	void aBatchIsHeldAndRetriedWhilePostgresqlIsDownNeverDeadLettered() {
		TelemetryBatch batch = SpineProbe.batch(TelemetryFixtures.frames(30).samplesPerFrame(4).spacecraft("P-1"));
		double retries = this.meters.counter("orbit.store.retries", "kind", "transient").count();
		double deadLettered = deadLettered();

		postgresProxy.cut();
		try {
			spine().send(batch);
			// retry.max-attempts is 2: an unknown failure would have been dead-lettered
			// by now.
			await().atMost(Duration.ofSeconds(60))
				.until(() -> this.meters.counter("orbit.store.retries", "kind", "transient").count() >= retries + 5);
			assertThat(deadLettered()).isEqualTo(deadLettered);
			assertThat(fixture.rabbit.messageCount(fixture.routes.deadLetterQueue())).isZero();
			assertThat(spine().storedFrames(batch.batchId())).isZero();
		}
		finally {
			postgresProxy.restore();
		}

		await().atMost(Duration.ofSeconds(60)).until(() -> spine().storedFrames(batch.batchId()) == 30);
		await().atMost(Duration.ofSeconds(60)).until(() -> spine().pendingOutbox(List.of(batch.batchId())) == 0);
		List<ConsumerRecord<String, byte[]>> records = spine().published(batch.batchId());
		assertThat(SpineProbe.ids(records)).doesNotHaveDuplicates();
		assertThat(SpineProbe.samples(records)).isEqualTo(120);
		assertThat(deadLettered()).isEqualTo(deadLettered);
		assertThat(fixture.rabbit.messageCount(fixture.routes.deadLetterQueue())).isZero();
		assertThat(fixture.rabbit.messageCount(fixture.routes.queue())).isZero();
	}

	private static int postgresPort() {
		int port = URI.create(TestPostgres.URL.substring("jdbc:".length())).getPort();
		return (port > 0) ? port : 5432;
	}

	private SpineProbe spine() {
		return new SpineProbe(fixture, this.rabbitTemplate, TestKafka::readToEnd);
	}

	private double deadLettered() {
		return this.meters.find("orbit.messages.dead_lettered").counters().stream().mapToDouble((c) -> c.count()).sum();
	}

}
