package space.orbit.analyzer;

import java.nio.file.Files;
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

	private static final String OBC_TEMP = "THERMAL.OBC.TEMP";

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry registry;

	@BeforeAll
	static void startProcessor() throws Exception {
		String version = System.getProperty("orbit.version", "0.1.0-SNAPSHOT");
		Path jar = Path.of(System.getProperty("orbit.jars", "../../services"), "processor", "target",
				"orbit-processor-" + version + "-exec.jar");
		processor = ServiceProcess.start("processor", jar, ServiceProcess.freePort(),
				Map.of("ORBIT_RABBITMQ_URL", TestRabbit.URL, "ORBIT_POSTGRES_URL", TestPostgres.URL,
						"ORBIT_POSTGRES_USER", TestPostgres.USER, "ORBIT_KAFKA_BOOTSTRAP",
						TestKafka.bootstrapServers()),
				Map.of("orbit.processor.routes-prefix", rabbit.prefix(), "orbit.processor.schema",
						processorDatabase.schema(), "orbit.processor.telemetry-topic", telemetryTopic,
						"orbit.processor.registry.topic", registryTopic),
				Path.of(System.getProperty("orbit.logs", "target/service-logs")));
		processor.awaitReady();
		seedDemoMissionDatabase();
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
		String traceId = HexFormat.of().formatHex(random(16));

		publish(batch("PIPE-1", 30.5), "00-" + traceId + "-" + HexFormat.of().formatHex(random(8)) + "-01");

		JsonNode alert = awaitAlert(http, "PIPE-1", "limit");
		assertThat(alert.get("parameter").asString()).isEqualTo("EPS.BATTERY.VOLTAGE");
		assertThat(alert.get("severity").asString()).isEqualTo("CRITICAL");
		assertThat(alert.get("threshold").asDouble()).isEqualTo(29.8);
		assertThat(alert.get("value").asDouble()).isEqualTo(30.5);
		assertThat(alert.get("ruleId").asString()).isEqualTo("parameter/ORBIT-DEMO/EPS.BATTERY.VOLTAGE");
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
		// Its alerted latency's exemplar names the batch's trace (recorded in the alert
		// span's context).
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(new Http(this.port)
				.send("GET", "/metrics", null, Map.of("Accept", "application/openmetrics-text;version=1.0.0"))
				.body()
				.lines()
				.filter((line) -> line.startsWith("orbit_pipeline_latency_seconds_bucket{")
						&& line.contains("stage=\"alerted\""))
				.toList()).anyMatch((line) -> line.contains("trace_id=\"" + traceId + "\"")));
	}

	/**
	 * The point of ADR 0023's amendment: with the default rules seeded, a demo
	 * parameter's limits are the mission database's. A limit lowered through the
	 * processor's API raises on a value that was nominal before, and the mission
	 * database's hysteresis holds the alert until the value is that far back inside.
	 */
	@Test
	void aDemoLimitChangedThroughTheProcessorsApiChangesWhatRaisesAndItsHysteresisHoldsTheAlert() throws Exception {
		Http http = new Http(this.port).as("viewer");
		await().atMost(Duration.ofSeconds(90)).until(() -> http.get("/health/readiness").status() == 200);
		Http admin = new Http(processor.port()).as("admin");
		String path = "/api/v1/parameters/ORBIT-DEMO/" + OBC_TEMP;
		JsonNode demo = admin.get(path).json();
		assertThat(demo.get("limits").get("warningHigh").asDouble()).isEqualTo(50.0);
		Instant start = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.MICROS);

		double analyzed = analyzedSamples();
		publish(frames("PIPE-2", OBC_TEMP, start, 1, 45.0, 45.2, 45.1), traceparent());
		await().atMost(Duration.ofSeconds(60)).until(() -> analyzedSamples() >= analyzed + 3);

		Http.Response changed = admin.put(path, """
				{"subsystem":"THERMAL","description":"on-board computer, follows CPU load","unit":"degC",
				 "rawType":"FLOAT","limits":{"warningLow":0.0,"warningHigh":40.0,"criticalLow":-10.0,
				 "criticalHigh":60.0,"hysteresis":2.0}}""");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("limits").get("hysteresis").asDouble()).isEqualTo(2.0);
		// 45 again, until the analyzer has the new limits; then 39 (inside by 1, less
		// than
		// the hysteresis: the alert holds) and 37.5 (inside by 2.5: it clears)
		long[] sequence = { 3 };
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			sequence[0]++;
			publish(frames("PIPE-2", OBC_TEMP, start, sequence[0], 45.3), traceparent());
			return !limitEvents("PIPE-2", 1).isEmpty();
		});
		publish(frames("PIPE-2", OBC_TEMP, start, sequence[0] + 1, 39.0, 37.5), traceparent());

		List<AlertEvent> events = limitEvents("PIPE-2", 2);
		assertThat(events)
			.extracting(AlertEvent::change, AlertEvent::severity, AlertEvent::threshold, AlertEvent::value,
					AlertEvent::ruleId)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(AlertEvent.Change.RAISED, space.orbit.analyzer.Severity.WARNING,
							40.0, 45.3, "parameter/ORBIT-DEMO/" + OBC_TEMP),
					org.assertj.core.groups.Tuple.tuple(AlertEvent.Change.CLEARED,
							space.orbit.analyzer.Severity.WARNING, 40.0, 37.5, "parameter/ORBIT-DEMO/" + OBC_TEMP));
		JsonNode alert = awaitAlert(http, "PIPE-2", "limit");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get("/api/v1/alerts/" + alert.get("id").asLong()).json().get("state").asString(),
					"CLEARED"::equals);
	}

	/**
	 * The limit alert events of a spacecraft on the alerts topic, once there are
	 * {@code count}.
	 */
	private static List<AlertEvent> limitEvents(String spacecraftId, int count) {
		java.util.function.Function<List<ConsumerRecord<String, byte[]>>, List<AlertEvent>> limit = read -> read
			.stream()
			.filter(r -> r.key().equals(spacecraftId))
			.filter(r -> TestKafka.header(r, "ce_subject").endsWith("/limit"))
			.map(r -> AnalyzerJson.MAPPER.readValue(r.value(), AlertEvent.class))
			.toList();
		try {
			return limit.apply(TestKafka.readUntil(alertsTopic, read -> limit.apply(read).size() >= count,
					Duration.ofSeconds(count == 1 ? 2 : 60)));
		}
		catch (AssertionError notYet) {
			return List.of();
		}
	}

	private double analyzedSamples() {
		return this.registry.get("orbit.samples.analyzed").counter().count();
	}

	/** Frames a second apart from {@code start + firstSequence} s, one value each. */
	private static TelemetryBatch frames(String spacecraftId, String parameter, Instant start, long firstSequence,
			double... values) {
		List<Frame> frames = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			frames.add(new Frame(spacecraftId, start.plusSeconds(firstSequence + i), firstSequence + i,
					Map.of(parameter, values[i])));
		}
		return new TelemetryBatch(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS), frames);
	}

	private static String traceparent() {
		return "00-" + HexFormat.of().formatHex(random(16)) + "-" + HexFormat.of().formatHex(random(8)) + "-01";
	}

	/**
	 * The demo mission database (tools/orbit/demo, as {@code ./orbit up} seeds it)
	 * through the processor's API, with PIPE-1 and PIPE-2 among its spacecraft: the
	 * limits are there, not in the default rules (ADR 0023). Returns once the processor
	 * has published them on the registry topic the analyzer reads.
	 */
	private static void seedDemoMissionDatabase() throws Exception {
		Http admin = new Http(processor.port()).as("admin");
		Path demo = Path.of("../../tools/orbit/demo");
		Map<String, List<String>> records = new LinkedHashMap<>();
		records.put("missions", Files.readAllLines(demo.resolve("missions.jsonl")));
		records.put("spacecraft", List.of("{\"id\":\"PIPE-1\",\"missionId\":\"ORBIT-DEMO\",\"name\":\"pipeline test\"}",
				"{\"id\":\"PIPE-2\",\"missionId\":\"ORBIT-DEMO\",\"name\":\"limit change test\"}"));
		records.put("parameters", Files.readAllLines(demo.resolve("parameters.jsonl")));
		records.forEach((kind, lines) -> lines.forEach(line -> {
			Http.Response created = admin.post("/api/v1/" + kind, line);
			assertThat(created.status()).as(created.body()).isEqualTo(201);
		}));
		TestKafka.readUntil(registryTopic,
				read -> read.stream().anyMatch(r -> r.key().equals("spacecraft/PIPE-2"))
						&& read.stream().anyMatch(r -> r.key().equals("parameter/ORBIT-DEMO/EPS.BATTERY.VOLTAGE")),
				Duration.ofSeconds(60));
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
