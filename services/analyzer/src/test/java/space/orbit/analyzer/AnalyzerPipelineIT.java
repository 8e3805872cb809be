package space.orbit.analyzer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import space.orbit.analyzer.alerts.AlertEvent;
import space.orbit.messaging.TelemetryRoutes;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.FrameLimits;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.telemetry.TelemetryCodec;
import space.orbit.test.Http;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TestKafka;
import space.orbit.test.TestPostgres;
import space.orbit.test.TestRabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The analyzer fed by the real processor (its runnable jar, as its own JVM) on the real
 * RabbitMQ, PostgreSQL and Kafka: a batch published to RabbitMQ with a trace context is
 * stored and published by the processor, and a sample beyond its critical limit raises an
 * alert that is on {@code orbit.alerts.v1} and in PostgreSQL, in the batch's trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AnalyzerPipelineIT extends AnalyzerTestInfrastructure {

	private static final TestPostgres processorDatabase = TestPostgres.newSchema("processor_for_analyzer");

	private static final TestRabbit rabbit = TestRabbit.withUniquePrefix("analyzer-it");

	private static final TelemetryRoutes routes = TelemetryRoutes.DEFAULT.prefixed(rabbit.prefix());

	private static ServiceProcess processor;

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry registry;

	@BeforeAll
	static void startProcessor() {
		String version = System.getProperty("orbit.version", "0.1.0-SNAPSHOT");
		Path jar = Path.of(System.getProperty("orbit.jars", "../../services"), "processor", "target",
				"orbit-processor-" + version + "-exec.jar");
		processor = ServiceProcess.start("processor", jar, ServiceProcess.freePort(),
				Map.of("ORBIT_RABBITMQ_URL", TestRabbit.URL, "ORBIT_POSTGRES_URL", TestPostgres.URL,
						"ORBIT_POSTGRES_USER", TestPostgres.USER, "ORBIT_KAFKA_BOOTSTRAP",
						TestKafka.bootstrapServers()),
				Map.of("orbit.processor.routes-prefix", rabbit.prefix(), "orbit.processor.schema",
						processorDatabase.schema(), "orbit.processor.telemetry-topic", telemetryTopic),
				Path.of(System.getProperty("orbit.logs", "target/service-logs")));
		processor.awaitReady(Duration.ofSeconds(120));
	}

	@AfterAll
	static void stopProcessor() {
		if (processor != null) {
			processor.close();
		}
		rabbit
			.deleteOnClose(List.of(routes.queue(), routes.deadLetterQueue()),
					List.of(routes.exchange(), routes.deadLetterExchange()))
			.close();
		processorDatabase.close();
	}

	@Test
	void aSampleBeyondItsCriticalLimitRaisesAnAlertInTheTraceOfItsBatch() throws Exception {
		Http http = new Http(this.port).as("viewer");
		await().atMost(Duration.ofSeconds(90)).until(() -> http.get("/health/readiness").status() == 200);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get("/api/v1/rules/eps-battery-voltage").json().get("published").asBoolean());
		String traceId = HexFormat.of().formatHex(random(16));

		publish(batch("PIPE-1", 30.5), "00-" + traceId + "-" + HexFormat.of().formatHex(random(8)) + "-01");

		JsonNode alert = awaitAlert(http, "PIPE-1", "limit");
		assertThat(alert.get("parameter").asString()).isEqualTo("EPS.BATTERY.VOLTAGE");
		assertThat(alert.get("severity").asString()).isEqualTo("CRITICAL");
		assertThat(alert.get("threshold").asDouble()).isEqualTo(29.8);
		assertThat(alert.get("value").asDouble()).isEqualTo(30.5);
		assertThat(alert.get("ruleId").asString()).isEqualTo("eps-battery-voltage");
		assertThat(alert.get("traceId").asString()).isEqualTo(traceId);
		assertThat(postgres.queryForLong("SELECT count(*) FROM alert WHERE spacecraft_id = 'PIPE-1' AND detector = "
				+ "'limit' AND trace_id = '" + traceId + "'"))
			.isEqualTo(1);

		List<ConsumerRecord<String, byte[]>> events = TestKafka.readUntil(alertsTopic,
				read -> read.stream().anyMatch(r -> r.key().equals("PIPE-1")), Duration.ofSeconds(30));
		ConsumerRecord<String, byte[]> raised = events.stream()
			.filter(r -> r.key().equals("PIPE-1"))
			.filter(r -> TestKafka.header(r, "ce_subject").endsWith("/limit"))
			.findFirst()
			.orElseThrow();
		assertThat(TestKafka.header(raised, "ce_type")).isEqualTo(AlertEvent.TYPE);
		assertThat(TestKafka.header(raised, "traceparent")).contains(traceId);
		AlertEvent event = AnalyzerJson.MAPPER.readValue(raised.value(), AlertEvent.class);
		assertThat(event.change()).isEqualTo(AlertEvent.Change.RAISED);
		assertThat(event.traceId()).isEqualTo(traceId);
		assertThat(event.receivedAt()).isNotNull();
		Timer latency = this.registry.find("orbit.pipeline.latency").tag("stage", "alerted").timer();
		assertThat(latency).isNotNull();
		assertThat(latency.count()).isPositive();
	}

	private static JsonNode awaitAlert(Http http, String spacecraftId, String detector) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			JsonNode alerts = http.get("/api/v1/alerts?spacecraftId=" + spacecraftId + "&detector=" + detector)
				.json()
				.get("items");
			found[0] = alerts.isEmpty() ? null : alerts.get(0);
			return found[0] != null;
		});
		return found[0];
	}

	/** Five nominal frames a second apart, then one with the battery at {@code last}. */
	private static TelemetryBatch batch(String spacecraftId, double last) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		List<Frame> frames = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Map<String, Object> samples = new LinkedHashMap<>();
			samples.put("EPS.BATTERY.VOLTAGE", (i < 5) ? 28.0 + 0.01 * i : last);
			samples.put("EPS.BUS.VOLTAGE", 28.0 + 0.02 * (i % 2));
			frames.add(new Frame(spacecraftId, now.minusSeconds(6 - i), i, samples));
		}
		return new TelemetryBatch(UUID.randomUUID(), now, frames);
	}

	private static void publish(TelemetryBatch batch, String traceparent) throws Exception {
		try (Channel channel = rabbit.connection().createChannel()) {
			channel.confirmSelect();
			AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().contentType("application/json")
				.deliveryMode(2)
				.messageId(batch.batchId().toString())
				.headers(Map.of("traceparent", traceparent))
				.build();
			channel.basicPublish(routes.exchange(), routes.routingKey(), true, properties,
					new TelemetryCodec(FrameLimits.DEFAULT).write(batch));
			channel.waitForConfirmsOrDie(10_000);
		}
	}

	private static byte[] random(int n) {
		byte[] bytes = new byte[n];
		ThreadLocalRandom.current().nextBytes(bytes);
		return bytes;
	}

}
