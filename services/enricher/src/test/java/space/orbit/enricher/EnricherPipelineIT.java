package space.orbit.enricher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.messaging.TelemetryRoutes;
import space.orbit.registry.LookupTable;
import space.orbit.registry.Mission;
import space.orbit.registry.ParameterDefinition;
import space.orbit.registry.Polynomial;
import space.orbit.registry.RawType;
import space.orbit.registry.RegistryEvents;
import space.orbit.registry.RegistryRecord;
import space.orbit.registry.Spacecraft;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryCodec;
import space.orbit.test.Http;
import space.orbit.test.TestIssuer;
import space.orbit.test.OtlpReceiver;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TestKafka;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNames;
import space.orbit.test.TestPostgres;
import space.orbit.test.TestRabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The enricher behind the real ingest and processor (their runnable jars, as JVMs of
 * their own) on the real RabbitMQ, PostgreSQL, Kafka and a MongoDB: samples posted to
 * ingest come out of the archive calibrated, with derived power and unknown spacecraft
 * flagged; consuming the same Kafka offsets again leaves the archive unchanged. Records
 * of both contracts (v1 JSON, v2 columns, told apart by their content type) are archived
 * alike, and poison of either is counted and skipped. The redelivery test goes first: it
 * consumes the topic again from its start, and counts what it redelivers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnricherPipelineIT {

	private static final TestMongo mongo = TestMongo.newDatabase("enricher_it");

	private static final TestPostgres processorDatabase = TestPostgres.newSchema("processor_for_enricher");

	private static final TestRabbit rabbit = TestRabbit.withUniquePrefix("enricher-it");

	private static final TelemetryRoutes routes = TelemetryRoutes.DEFAULT.prefixed(rabbit.prefix());

	private static final String telemetryTopic = TestNames.unique("telemetry-enricher-it-");

	private static final String registryTopic = TestNames.unique("registry-enricher-it-");

	private static final String group = TestNames.unique("enricher-it-");

	private static final int FRAMES = 30;

	private static final OtlpReceiver otlp = OtlpReceiver.start();

	private static ServiceProcess processor;

	private static ServiceProcess ingest;

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		registry.add("spring.mongodb.uri", mongo::uri);
		registry.add("orbit.enricher.telemetry-topic", () -> telemetryTopic);
		registry.add("orbit.enricher.registry-topic", () -> registryTopic);
		registry.add("orbit.enricher.consumer-group", () -> group);
		registry.add("logging.structured.format.console", () -> "");
		TestIssuer.shared().properties().forEach((name, value) -> registry.add(name, () -> value));
		registry.add("management.opentelemetry.tracing.export.otlp.endpoint", () -> otlp.endpoint() + "/v1/traces");
		registry.add("management.tracing.export.otlp.enabled", () -> "true");
	}

	@BeforeAll
	static void startIngestAndProcessorAndPublishTheRegistry() {
		publishRegistry();
		Path logs = Path.of(System.getProperty("orbit.logs", "target/service-logs"));
		processor = ServiceProcess.start("processor", jar("processor"), ServiceProcess.freePort(),
				Map.of("ORBIT_RABBITMQ_URL", TestRabbit.URL, "ORBIT_POSTGRES_URL", TestPostgres.URL,
						"ORBIT_POSTGRES_USER", TestPostgres.USER, "ORBIT_KAFKA_BOOTSTRAP",
						TestKafka.bootstrapServers()),
				Map.of("orbit.processor.routes-prefix", rabbit.prefix(), "orbit.processor.schema",
						processorDatabase.schema(), "orbit.processor.telemetry-topic", telemetryTopic),
				logs);
		ingest = ServiceProcess.start("ingest", jar("ingest"), ServiceProcess.freePort(),
				Map.of("ORBIT_RABBITMQ_URL", TestRabbit.URL), Map.of("orbit.ingest.routes.prefix", rabbit.prefix()),
				logs);
		processor.awaitReady();
		ingest.awaitReady();
	}

	@AfterAll
	static void stopEverything() {
		for (ServiceProcess process : new ServiceProcess[] { ingest, processor }) {
			if (process != null) {
				process.close();
			}
		}
		rabbit
			.deleteOnClose(List.of(routes.queue(), routes.deadLetterQueue()),
					List.of(routes.exchange(), routes.deadLetterExchange()))
			.close();
		processorDatabase.close();
		mongo.close();
		otlp.close();
	}

	@Test
	@Order(1)
	void samplesPostedToIngestAreArchivedCalibratedAndARedeliveryChangesNothing() throws Exception {
		Http http = new Http(this.port).as("viewer");
		await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/health/readiness").status() == 200);
		Instant start = Instant.now().minus(Duration.ofMinutes(3)).truncatedTo(ChronoUnit.SECONDS);
		double archivedBefore = counter("orbit.samples.archived");
		double recordsBefore = counter("orbit.records.archived");
		long latenciesBefore = latency().count();
		String traceId = HexFormat.of().formatHex(random(16));
		Http.Response accepted = new Http(ingest.port()).as("ground-station")
			.post("/api/v1/telemetry", frames(start),
					"00-" + traceId + "-" + HexFormat.of().formatHex(random(8)) + "-01");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		// per frame: 4 samples of ENR-1 + derived power, 2 samples of GHOST-1
		long expected = FRAMES * (4 + 1 + 2);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> counter("orbit.samples.archived") >= archivedBefore + expected);
		assertThat(counter("orbit.samples.archived")).isEqualTo(archivedBefore + expected);

		String range = "&from=" + start + "&to=" + start.plus(Duration.ofMinutes(1));
		JsonNode voltage = samples(http, "ENR-1", "EPS.BATTERY.VOLTAGE", range);
		assertThat(voltage.get("metadata").get("known").asBoolean()).isTrue();
		assertThat(voltage.get("metadata").get("unit").asString()).isEqualTo("V");
		assertThat(voltage.get("metadata").get("missionId").asString()).isEqualTo("ENR-DEMO");
		assertThat(voltage.has("next")).isFalse();
		assertThat(voltage.get("items")).hasSize(FRAMES);
		for (int i = 0; i < FRAMES; i++) {
			JsonNode sample = voltage.get("items").get(i);
			assertThat(sample.get("sequence").asLong()).isEqualTo(i);
			assertThat(sample.get("raw").asLong()).isEqualTo(2800 + i);
			// 0.01 V per count
			assertThat(sample.get("eng").asDouble()).isCloseTo((2800 + i) / 100.0,
					org.assertj.core.data.Offset.offset(1e-9));
		}
		JsonNode temperature = samples(http, "ENR-1", "THERMAL.PANEL.TEMP", range);
		// lookup (0 -> -40, 1000 -> 60): raw 500 + 10 i -> 10 + i degC
		assertThat(temperature.get("items").get(3).get("eng").asDouble()).isEqualTo(13.0);
		JsonNode power = samples(http, "ENR-1", "EPS.BATTERY.POWER", range);
		assertThat(power.get("metadata").get("derived").asBoolean()).isTrue();
		assertThat(power.get("metadata").get("unit").asString()).isEqualTo("W");
		// (2800 + 2) / 100 V x -1.5 A
		assertThat(power.get("items").get(2).get("eng").asDouble()).isCloseTo(28.02 * -1.5,
				org.assertj.core.data.Offset.offset(1e-9));
		JsonNode ghost = samples(http, "GHOST-1", "EPS.BATTERY.VOLTAGE", range);
		assertThat(ghost.get("metadata").get("known").asBoolean()).isFalse();
		assertThat(ghost.get("items")).hasSize(FRAMES);
		assertThat(ghost.get("items").get(0).get("eng").asDouble()).isEqualTo(2800.0);
		JsonNode steps = http
			.get("/api/v1/archive/steps?spacecraftId=ENR-1&parameter=EPS.BATTERY.VOLTAGE" + range + "&step=1m")
			.json();
		assertThat(steps.get("items")).singleElement().satisfies(step -> {
			assertThat(step.get("count").asLong()).isEqualTo(FRAMES);
			assertThat(step.get("min").asDouble()).isEqualTo(28.0);
			assertThat(step.get("max").asDouble()).isEqualTo(28.29);
		});
		// the archiving continues the trace of the POST, through RabbitMQ, the processor
		// and Kafka
		await().atMost(Duration.ofSeconds(30))
			.until(() -> otlp.spans()
				.stream()
				.anyMatch(span -> span.traceId().equals(traceId) && span.name().equals("archive " + telemetryTopic)));
		// one latency per record archived (recorded just after the counters)
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			double records = counter("orbit.records.archived") - recordsBefore;
			assertThat(records).isPositive();
			assertThat(latency().count() - latenciesBefore).isEqualTo((long) records);
		});
		// the archived latency's exemplar names the POST's trace, with an archive span
		// the enricher exported
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(archivedLatencyBuckets())
						.anyMatch((line) -> line.contains("trace_id=\"" + traceId + "\"") && otlp.spans()
							.stream()
							.anyMatch((span) -> span.traceId().equals(traceId)
									&& line.contains("span_id=\"" + span.spanId())
									&& span.name().equals("archive " + telemetryTopic))));

		List<Document> archived = archive();
		double written = counter("orbit.documents.written");
		double duplicatesBefore = counter("orbit.samples.duplicate");
		consumeTheSameOffsetsAgain();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> counter("orbit.samples.duplicate") >= duplicatesBefore + expected);

		assertThat(counter("orbit.samples.duplicate")).isEqualTo(duplicatesBefore + expected);
		assertThat(archive()).isEqualTo(archived);
		assertThat(counter("orbit.samples.archived")).isEqualTo(archivedBefore + expected);
		assertThat(counter("orbit.documents.written")).isEqualTo(written);

		// a live registry change applies to the next samples: the current is now 2 mA per
		// count
		publish(List.of(new ParameterDefinition("ENR-DEMO", "EPS.BATTERY.CURRENT", "EPS", null, "mA", RawType.FLOAT,
				Polynomial.of(0, 2), null)));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Instant later = start.plus(Duration.ofMinutes(1)).plusSeconds(this.sequence);
			String frame = "{\"spacecraftId\":\"ENR-1\",\"timestamp\":\"" + TelemetryCodec.formatTimestamp(later)
					+ "\",\"sequence\":" + (1000 + this.sequence++) + ",\"samples\":{\"EPS.BATTERY.CURRENT\":-1.5}}";
			assertThat(new Http(ingest.port()).as("ground-station").post("/api/v1/telemetry", frame).status())
				.isEqualTo(202);
			String second = "&from=" + later + "&to=" + later.plusSeconds(1);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> samples(http, "ENR-1", "EPS.BATTERY.CURRENT", second).get("items").size() == 1);
			JsonNode current = samples(http, "ENR-1", "EPS.BATTERY.CURRENT", second);
			assertThat(current.get("metadata").get("unit").asString()).isEqualTo("mA");
			assertThat(current.get("items").get(0).get("eng").asDouble()).isEqualTo(-3.0);
		});
	}

	@Test
	@Order(2)
	void aV2RecordIsArchivedAsItsV1TwinAndPoisonOfEitherContractIsSkipped() {
		Http http = new Http(this.port).as("viewer");
		await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/health/readiness").status() == 200);
		Instant start = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
		List<Frame> columns = twinFrames("ENR-2", start);
		List<Frame> json = twinFrames("ENR-3", start);
		double archivedBefore = counter("orbit.samples.archived");
		double unreadableBefore = rejected("unreadable");
		double emptyBefore = rejected("empty");
		byte[] garbage = random(200);
		byte[] flipped = TelemetryEncoding.COLUMNS.encode("ENR-2", UUID.randomUUID(), Instant.now(), 0, columns);
		flipped[flipped.length / 2] ^= 0x10;
		try (KafkaProducer<String, byte[]> producer = producer()) {
			// poison first, on the partition of the good v2 record: it must not stop it
			producer.send(telemetry("ENR-2", TelemetryEncoding.COLUMNS.contentType(), garbage));
			producer.send(telemetry("ENR-2", TelemetryEncoding.COLUMNS.contentType(), flipped));
			producer.send(telemetry("ENR-2", TelemetryEncoding.JSON.contentType(),
					"{\"spacecraftId\":\"ENR-2\",\"frames\":[{".getBytes(StandardCharsets.UTF_8)));
			producer.send(telemetry("ENR-2", TelemetryEncoding.COLUMNS.contentType(), null));
			producer.send(telemetry("ENR-2", TelemetryEncoding.COLUMNS.contentType(),
					TelemetryEncoding.COLUMNS.encode("ENR-2", UUID.randomUUID(), Instant.now(), 0, columns)));
			producer.send(telemetry("ENR-3", TelemetryEncoding.JSON.contentType(),
					TelemetryEncoding.JSON.encode("ENR-3", UUID.randomUUID(), Instant.now(), 0, json)));
			producer.flush();
		}
		// per record, per frame: 4 samples + derived power; a flag every third frame
		long expected = 2 * (FRAMES * (4 + 1) + FRAMES / 3);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> counter("orbit.samples.archived") >= archivedBefore + expected);
		assertThat(counter("orbit.samples.archived")).isEqualTo(archivedBefore + expected);
		assertThat(rejected("unreadable")).isEqualTo(unreadableBefore + 3);
		assertThat(rejected("empty")).isEqualTo(emptyBefore + 1);

		// the same documents but for the spacecraft: the same slots, summaries and
		// columns
		List<Document> fromColumns = archive("ENR-2");
		List<Document> fromJson = archive("ENR-3");
		assertThat(fromColumns).hasSize(6);
		assertThat(fromColumns.stream().map(EnricherPipelineIT::withoutSpacecraft).toList())
			.isEqualTo(fromJson.stream().map(EnricherPipelineIT::withoutSpacecraft).toList());

		String range = "&from=" + start + "&to=" + start.plus(Duration.ofMinutes(1));
		JsonNode voltage = samples(http, "ENR-2", "EPS.BATTERY.VOLTAGE", range);
		assertThat(voltage.get("metadata").get("unit").asString()).isEqualTo("V");
		assertThat(voltage.get("items")).hasSize(FRAMES);
		for (int i = 0; i < FRAMES; i++) {
			JsonNode sample = voltage.get("items").get(i);
			assertThat(sample.get("sequence").asLong()).isEqualTo(i);
			assertThat(sample.get("raw").asLong()).isEqualTo(2800 + i);
			assertThat(sample.get("eng").asDouble()).isCloseTo((2800 + i) / 100.0,
					org.assertj.core.data.Offset.offset(1e-9));
		}
		JsonNode power = samples(http, "ENR-2", "EPS.BATTERY.POWER", range);
		assertThat(power.get("metadata").get("derived").asBoolean()).isTrue();
		assertThat(power.get("items")).hasSize(FRAMES);
		JsonNode flags = samples(http, "ENR-2", "PAYLOAD.FLAG", range);
		assertThat(flags.get("metadata").get("known").asBoolean()).isFalse();
		assertThat(flags.get("items")).hasSize(FRAMES / 3);
		assertThat(flags.get("items").get(1).get("sequence").asLong()).isEqualTo(3);
		assertThat(flags.get("items").get(1).get("raw").asBoolean()).isFalse();
		assertThat(flags.get("items").get(1).has("eng")).isFalse();
	}

	/**
	 * The frames of the twin records: ENR-1's parameters in every frame, a boolean of a
	 * parameter the registry does not define in every third.
	 */
	private static List<Frame> twinFrames(String spacecraftId, Instant start) {
		List<Frame> frames = new ArrayList<>();
		for (int i = 0; i < FRAMES; i++) {
			Map<String, Object> samples = new LinkedHashMap<>();
			samples.put("EPS.BATTERY.VOLTAGE", 2800L + i);
			samples.put("EPS.BATTERY.CURRENT", -1.5);
			samples.put("THERMAL.PANEL.TEMP", 500L + 10 * i);
			samples.put("AOCS.MODE", "NADIR");
			if (i % 3 == 0) {
				samples.put("PAYLOAD.FLAG", i % 2 == 0);
			}
			frames.add(new Frame(spacecraftId, start.plusSeconds(i), i, samples));
		}
		return frames;
	}

	private ProducerRecord<String, byte[]> telemetry(String key, String contentType, byte[] value) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(telemetryTopic, key, value);
		record.headers().add("content-type", contentType.getBytes(StandardCharsets.UTF_8));
		return record;
	}

	private static Document withoutSpacecraft(Document segment) {
		Document copy = new Document(segment);
		copy.remove("_id");
		copy.remove("spacecraftId");
		copy.put("cols", HexFormat.of().formatHex(segment.get("cols", Binary.class).getData()));
		return copy;
	}

	private List<Document> archive(String spacecraftId) {
		List<Document> documents = new ArrayList<>();
		mongo.database()
			.getCollection("telemetry_segments")
			.find(Filters.eq("spacecraftId", spacecraftId))
			.sort(Sorts.ascending("parameter", "start", "n"))
			.into(documents);
		return documents;
	}

	private double rejected(String reason) {
		var counter = this.meters.find("orbit.records.rejected").tag("reason", reason).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private int sequence;

	/**
	 * Stops the listener, moves the group back to the earliest offsets, and starts it
	 * again: every record is consumed a second time.
	 */
	private void consumeTheSameOffsetsAgain() throws Exception {
		MessageListenerContainer container = this.listeners.getListenerContainer("archive");
		container.stop();
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
			List<TopicPartition> partitions = admin.describeTopics(List.of(telemetryTopic))
				.allTopicNames()
				.get()
				.get(telemetryTopic)
				.partitions()
				.stream()
				.map(p -> new TopicPartition(telemetryTopic, p.partition()))
				.toList();
			Map<TopicPartition, OffsetSpec> earliest = partitions.stream()
				.collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest()));
			Map<TopicPartition, OffsetAndMetadata> reset = new HashMap<>();
			admin.listOffsets(earliest).all().get().forEach((p, o) -> reset.put(p, new OffsetAndMetadata(o.offset())));
			await().atMost(Duration.ofSeconds(30))
				.ignoreExceptions()
				.untilAsserted(() -> admin.alterConsumerGroupOffsets(group, reset).all().get());
		}
		container.start();
	}

	private List<Document> archive() {
		List<Document> documents = new ArrayList<>();
		mongo.database()
			.getCollection("telemetry_segments")
			.find()
			.sort(Sorts.ascending("spacecraftId", "parameter", "start", "n"))
			.into(documents);
		return documents;
	}

	/**
	 * One page of the raw archive of a parameter over {@code range} ("&from=..&to=..").
	 */
	private static JsonNode samples(Http http, String spacecraftId, String parameter, String range) {
		return http.get("/api/v1/archive/samples?spacecraftId=" + spacecraftId + "&parameter=" + parameter + range)
			.json();
	}

	private List<String> archivedLatencyBuckets() {
		return new Http(this.port)
			.send("GET", "/metrics", null, Map.of("Accept", "application/openmetrics-text;version=1.0.0"))
			.body()
			.lines()
			.filter((line) -> line.startsWith("orbit_pipeline_latency_seconds_bucket{")
					&& line.contains("stage=\"archived\""))
			.toList();
	}

	private Timer latency() {
		Timer latency = this.meters.find("orbit.pipeline.latency").tag("stage", "archived").timer();
		assertThat(latency).isNotNull();
		return latency;
	}

	private double counter(String name) {
		var counter = this.meters.find(name).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static String frames(Instant start) {
		StringBuilder json = new StringBuilder("{\"frames\":[");
		for (int i = 0; i < FRAMES; i++) {
			String timestamp = TelemetryCodec.formatTimestamp(start.plusSeconds(i));
			json.append((i > 0) ? "," : "")
				.append("{\"spacecraftId\":\"ENR-1\",\"timestamp\":\"")
				.append(timestamp)
				.append("\",\"sequence\":")
				.append(i)
				.append(",\"samples\":{\"EPS.BATTERY.VOLTAGE\":")
				.append(2800 + i)
				.append(",\"EPS.BATTERY.CURRENT\":-1.5,\"THERMAL.PANEL.TEMP\":")
				.append(500 + 10 * i)
				.append(",\"AOCS.MODE\":\"NADIR\"}},")
				.append("{\"spacecraftId\":\"GHOST-1\",\"timestamp\":\"")
				.append(timestamp)
				.append("\",\"sequence\":")
				.append(i)
				.append(",\"samples\":{\"EPS.BATTERY.VOLTAGE\":2800,\"AOCS.MODE\":\"SAFE\"}}");
		}
		return json.append("]}").toString();
	}

	private static void publishRegistry() {
		createRegistryTopic();
		publish(List.of(new Mission("ENR-DEMO", "Enricher demo", null),
				new Spacecraft("ENR-1", "ENR-DEMO", "Enricher 1", null, null),
				new ParameterDefinition("ENR-DEMO", "EPS.BATTERY.VOLTAGE", "EPS", "battery voltage", "V",
						RawType.INTEGER, Polynomial.of(0, 0.01), null),
				new ParameterDefinition("ENR-DEMO", "EPS.BATTERY.CURRENT", "EPS", null, "A", RawType.FLOAT, null, null),
				new ParameterDefinition("ENR-DEMO", "THERMAL.PANEL.TEMP", "THERMAL", null, "degC", RawType.INTEGER,
						new LookupTable(List.of(new LookupTable.Point(0, -40), new LookupTable.Point(1000, 60))), null),
				new ParameterDefinition("ENR-DEMO", "AOCS.MODE", "AOCS", null, null, RawType.ENUM, null, null),
				// twins: the same frames, archived from a v2 and from a v1 record
				new Spacecraft("ENR-2", "ENR-DEMO", "Enricher 2", null, null),
				new Spacecraft("ENR-3", "ENR-DEMO", "Enricher 3", null, null),
				// a spacecraft registered, then deleted (the tombstone below): its
				// telemetry is unknown
				new Spacecraft("GHOST-1", "ENR-DEMO", "Ghost", null, null)));
		try (KafkaProducer<String, byte[]> producer = producer()) {
			producer.send(new ProducerRecord<>(registryTopic, "spacecraft/GHOST-1", null));
			producer.flush();
		}
	}

	/**
	 * The registry topic as its owner (the processor) declares it, one partition and
	 * compacted, before the first record: auto-created, it would get the test broker's
	 * several partitions, and the registry's records no order.
	 */
	private static void createRegistryTopic() {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
			admin
				.createTopics(List.of(new NewTopic(registryTopic, 1, (short) 1)
					.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
				.all()
				.get();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException("Cannot create " + registryTopic, ex);
		}
	}

	private static void publish(List<RegistryRecord> records) {
		try (KafkaProducer<String, byte[]> producer = producer()) {
			for (RegistryRecord record : records) {
				producer.send(
						new ProducerRecord<>(registryTopic, RegistryEvents.key(record), RegistryEvents.value(record)));
			}
			producer.flush();
		}
	}

	private static KafkaProducer<String, byte[]> producer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
	}

	private static byte[] random(int n) {
		byte[] bytes = new byte[n];
		ThreadLocalRandom.current().nextBytes(bytes);
		return bytes;
	}

	private static Path jar(String service) {
		String version = System.getProperty("orbit.version", "0.1.0-SNAPSHOT");
		return Path.of(System.getProperty("orbit.jars", "../../services"), service, "target",
				"orbit-" + service + "-" + version + "-exec.jar");
	}

}
