package space.orbit.e2e;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import io.nats.client.impl.Headers;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import space.orbit.test.ServiceProcess;
import space.orbit.test.TestKafka;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18: poison on every queue, topic and subject Orbit consumes is dead-lettered or
 * skipped with a counter, never a crash loop. Seven services run as their own JVMs, once;
 * for each input the rejection counter (and dead-letter queue or subject) is read before,
 * poison is published straight to the broker (malformed JSON, JSON of the wrong shape, an
 * empty body, a huge one, binary garbage, odd headers), then a valid message; the valid
 * message is processed (read from the store or API that owns it), the counter rose by
 * exactly the poison sent, the dead letters are kept where there is a place for them, and
 * every service is healthy in the same JVM it started in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonMessagesIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Bigger than any body Orbit sends; RabbitMQ takes it. */
	private static final int TWO_MEGABYTES = 2 * 1024 * 1024;

	/** Under the 1 MB a Kafka broker and a NATS server take by default. */
	private static final int NEAR_A_MEGABYTE = 900_000;

	private final Spine spine = new Spine();

	private final Logistics logistics = new Logistics();

	private final TestMongo archive = TestMongo.newDatabase("poison_archive");

	private final String computeTopic = TestNames.unique("poison-compute-");

	private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

	private final Map<String, Long> pids = new LinkedHashMap<>();

	private ServiceProcess enricher;

	private KafkaProducer<String, byte[]> kafka;

	@BeforeAll
	void startEverything(@TempDir Path state) throws Exception {
		this.services.put("ingest", this.spine.startIngest());
		this.services.put("processor", this.spine.startProcessor(Map.of()));
		this.services.put("analyzer", this.spine.startAnalyzer(state.resolve("analyzer")));
		this.services.put("worker", this.spine.startWorker(this.computeTopic));
		this.enricher = ServiceProcess.start("enricher", Spine.jar("enricher"), ServiceProcess.freePort(),
				Map.of("ORBIT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers(), "ORBIT_MONGODB_URI", this.archive.uri()),
				Map.of("orbit.enricher.telemetry-topic", this.spine.topic, "orbit.enricher.registry-topic",
						this.spine.registryTopic, "orbit.enricher.consumer-group",
						TestNames.unique("poison-enricher-")),
				Spine.logs());
		this.services.put("enricher", this.enricher);
		this.services.put("inventory", this.logistics.startInventory());
		this.services.put("orders", this.logistics.startOrders(false));
		this.services.values().forEach((service) -> service.awaitReady());
		this.services.forEach((name, service) -> this.pids.put(name, service.pid()));
		// ORB-1 (with its TLE) for the worker's job; before any poison.
		this.spine.seedDemoMission();
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		this.kafka = new KafkaProducer<>(properties);
	}

	/**
	 * RabbitMQ: the processor's {@code processor.telemetry} (dead-letter queue
	 * {@code processor.telemetry.dlq}) and the worker's {@code compute.jobs}
	 * ({@code compute.jobs.dlq}); both count {@code orbit_messages_dead_lettered_total}.
	 */
	@Test
	void rabbitQueuesDeadLetterPoisonAndGoOn() throws Exception {
		ServiceProcess processor = this.services.get("processor");
		ServiceProcess worker = this.services.get("worker");
		String telemetryDlq = this.spine.routes.deadLetterQueue();
		String jobs = this.spine.rabbit.prefix() + "compute.jobs";
		String jobsDlq = this.spine.rabbit.prefix() + "compute.jobs.dlq";
		double processorBefore = Metrics.sum(processor, "orbit_messages_dead_lettered_total");
		double workerBefore = Metrics.sum(worker, "orbit_messages_dead_lettered_total");
		long telemetryDlqBefore = this.spine.rabbit.messageCount(telemetryDlq);
		long jobsDlqBefore = this.spine.rabbit.messageCount(jobsDlq);

		List<byte[]> poison = poison(TWO_MEGABYTES);
		poison.add("{\"jobId\":\"not-a-uuid\"}".getBytes(StandardCharsets.UTF_8));
		poison.add(("{\"jobId\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8));
		try (Channel channel = this.spine.rabbit.connection().createChannel()) {
			AMQP.BasicProperties odd = new AMQP.BasicProperties.Builder().contentType("application/x-nonsense")
				.headers(Map.of("orbit-batch-id", "not-a-uuid", "traceparent", "garbage"))
				.deliveryMode(2)
				.build();
			for (byte[] body : poison) {
				channel.basicPublish("", this.spine.routes.queue(), odd, body);
				channel.basicPublish("", jobs, odd, body);
			}
		}
		UUID batch = postTelemetry("POISON-RMQ", "TEST.POISON.RABBIT", 1.0);
		HttpResponse<String> job = Spine.HTTP.send(HttpRequest.newBuilder(worker.uri("/api/v1/jobs"))
			.header("Content-Type", "application/json")
			.header("Authorization", Spine.bearer("operator"))
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"type":"PASS_PREDICTION","spacecraftId":"ORB-1","start":"2026-11-22T00:00:00Z",
					 "end":"2026-11-22T06:00:00Z","stations":[{"name":"KIRUNA","latitude":67.86,
					 "longitude":20.96,"altitude":400,"minElevation":5}]}"""))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(job.statusCode()).as(job.body()).isEqualTo(202);
		String jobId = JSON.readTree(job.body()).get("id").asString();

		await().atMost(Duration.ofSeconds(60)).until(() -> this.spine.storedFrames(batch) == 1);
		JsonNode ended = await().atMost(Duration.ofSeconds(120))
			.until(() -> JSON.readTree(this.spine.get(worker, "/api/v1/jobs/" + jobId).body()),
					(j) -> !List.of("QUEUED", "RUNNING").contains(j.get("state").asString()));
		assertThat(ended.get("state").asString()).as(ended.toString()).isEqualTo("SUCCEEDED");
		int sent = poison.size();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(this.spine.rabbit.messageCount(telemetryDlq) - telemetryDlqBefore).isEqualTo(sent);
			assertThat(Metrics.sum(processor, "orbit_messages_dead_lettered_total") - processorBefore).isEqualTo(sent);
			assertThat(this.spine.rabbit.messageCount(jobsDlq) - jobsDlqBefore).isEqualTo(sent);
			assertThat(Metrics.sum(worker, "orbit_messages_dead_lettered_total") - workerBefore).isEqualTo(sent);
		});
		assertHealthyInTheSameJvm();
	}

	/**
	 * Kafka: telemetry (analyzer, enricher), rules and mission database (analyzer's
	 * global stores; enricher's registry reader), alerts (analyzer's recorder). Each
	 * poison record is skipped and counted; the valid records after them are processed.
	 */
	@Test
	void kafkaTopicsSkipAndCountPoisonAndGoOn() throws Exception {
		ServiceProcess analyzer = this.services.get("analyzer");
		double analyzerInvalid = Metrics.sum(analyzer, "orbit_events_invalid_total");
		double alertsUnreadable = Metrics.sum(analyzer, "orbit_alert_events_unreadable_total");
		double enricherRejected = Metrics.sum(this.enricher, "orbit_records_rejected_total");

		List<byte[]> telemetry = poison(NEAR_A_MEGABYTE);
		for (byte[] value : telemetry) {
			send(this.spine.topic, "POISON-KAFKA", value);
		}
		send(this.spine.topic, null, null);
		// The same garbage, and a record that starts as a v2 one (magic, version, flags)
		// with a wrong checksum, under the v2 content type: the binary decoder's poison.
		List<byte[]> columnsPoison = poison(NEAR_A_MEGABYTE);
		byte[] badChecksum = new byte[64];
		new Random(19).nextBytes(badChecksum);
		System.arraycopy(new byte[] { 'O', 'T', 2, 0 }, 0, badChecksum, 0, 4);
		columnsPoison.add(badChecksum);
		for (byte[] value : columnsPoison) {
			send(this.spine.topic, "POISON-KAFKA", value, RecordKeys.CONTENT_TYPE);
		}
		List<byte[]> alerts = poison(NEAR_A_MEGABYTE);
		for (byte[] value : alerts) {
			send(this.spine.alertsTopic, "POISON-KAFKA", value);
		}
		send(this.spine.alertsTopic, "POISON-KAFKA", null);
		List<byte[]> rules = poison(NEAR_A_MEGABYTE);
		for (byte[] value : rules) {
			send(this.spine.rulesTopic, "poison-rule", value);
		}
		List<byte[]> registry = poison(NEAR_A_MEGABYTE);
		registry.add("{\"id\":\"OTHER\",\"missionId\":\"ORBIT-DEMO\",\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8));
		for (byte[] value : registry) {
			send(this.spine.registryTopic, "spacecraft/POISON-1", value);
		}
		send(this.spine.registryTopic, "not-a-registry-key", "{}".getBytes(StandardCharsets.UTF_8));

		// Valid records after the poison: a rule (published by the analyzer); a
		// spacecraft
		// and a parameter with limits in the mission database (published by the
		// processor); telemetry beyond both limits (through ingest and the processor),
		// whose alerts come back through the alerts topic.
		putRule("poison-test", """
				{"parameter":"TEST.POISON.KAFKA","description":"poison test","limits":{"criticalHigh":100.0}}""");
		createInMissionDatabase("spacecraft", """
				{"id":"POISON-KAFKA","missionId":"ORBIT-DEMO","name":"poison test"}""");
		createInMissionDatabase("parameters", """
				{"missionId":"ORBIT-DEMO","name":"TEST.POISON.REGISTRY","subsystem":"TEST","description":"poison test",
				 "unit":"V","rawType":"FLOAT","limits":{"criticalHigh":100.0}}""");
		AtomicInteger probe = new AtomicInteger();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
			int n = probe.incrementAndGet();
			postTelemetry("POISON-KAFKA", "TEST.POISON.KAFKA", 1000.0 + n);
			postTelemetry("POISON-KAFKA", "TEST.POISON.REGISTRY", 1000.0 + n);
			return alertExists("POISON-KAFKA", "TEST.POISON.KAFKA", "poison-test")
					&& alertExists("POISON-KAFKA", "TEST.POISON.REGISTRY", "parameter/ORBIT-DEMO/TEST.POISON.REGISTRY");
		});
		await().atMost(Duration.ofSeconds(60))
			.until(() -> archived("POISON-KAFKA", "TEST.POISON.KAFKA") >= probe.get());

		int telemetryPoison = telemetry.size() + 1 + columnsPoison.size();
		int registryPoison = registry.size() + 1;
		// Poison on other partitions than the valid records' may come a little later.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(Metrics.sum(analyzer, "orbit_events_invalid_total") - analyzerInvalid)
				.as("telemetry, rules and mission database records the analyzer skipped")
				.isEqualTo(telemetryPoison + rules.size() + registryPoison);
			assertThat(Metrics.sum(analyzer, "orbit_alert_events_unreadable_total") - alertsUnreadable)
				.isEqualTo(alerts.size() + 1);
			assertThat(Metrics.sum(this.enricher, "orbit_records_rejected_total") - enricherRejected)
				.as("telemetry and registry records the enricher skipped")
				.isEqualTo(telemetryPoison + registryPoison);
		});
		assertHealthyInTheSameJvm();
	}

	/**
	 * NATS JetStream: orders' {@code user.created} and {@code stock.reserved},
	 * inventory's {@code order.created}. Poison is terminated, counted in
	 * {@code orbit_events_unreadable_total{type}} and copied to {@code <subject>.dead}; a
	 * valid user.created after it becomes a welcome order that inventory reserves.
	 */
	@Test
	void natsSubjectsDeadLetterPoisonAndGoOn() throws Exception {
		ServiceProcess orders = this.services.get("orders");
		ServiceProcess inventory = this.services.get("inventory");
		int huge = (int) Math.min(NEAR_A_MEGABYTE,
				this.logistics.nats.connection().getServerInfo().getMaxPayload() - 4096);
		Map<String, Integer> sent = new LinkedHashMap<>();
		Map<String, Double> before = new LinkedHashMap<>();
		Map<String, Integer> deadBefore = new LinkedHashMap<>();
		Map<String, ServiceProcess> consumer = Map.of("user.created", orders, "stock.reserved", orders, "order.created",
				inventory);
		consumer.forEach((type, service) -> {
			before.put(type, Metrics.sum(service, "orbit_events_unreadable_total", "type", type));
			deadBefore.put(type, this.logistics.nats.deadEvents(type).size());
		});
		Headers odd = new Headers().put("traceparent", "garbage").put("Content-Type", "text/plain");

		List<byte[]> users = poison(huge);
		users.add("{\"userId\":\"not-a-uuid\"}".getBytes(StandardCharsets.UTF_8));
		List<byte[]> reserved = poison(huge);
		List<byte[]> created = poison(huge);
		created.add("{\"orderId\":\"nul\\u0000here\",\"items\":[{\"item\":\"welcome-kit\",\"quantity\":1}]}"
			.getBytes(StandardCharsets.UTF_8));
		created
			.add(("{\"orderId\":\"" + UUID.randomUUID() + "\",\"items\":[{\"item\":\"welcome-kit\",\"quantity\":0}]}")
				.getBytes(StandardCharsets.UTF_8));
		created.add(("{\"orderId\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8));
		Map<String, List<byte[]>> poison = Map.of("user.created", users, "stock.reserved", reserved, "order.created",
				created);
		poison.forEach((type, bodies) -> {
			bodies.forEach((body) -> this.logistics.nats.publishRaw(type, body, odd));
			sent.put(type, bodies.size());
		});

		String userId = UUID.randomUUID().toString();
		this.logistics.nats.publish("user.created", "user.created:" + userId, "{\"userId\":\"" + userId + "\"}",
				Map.of());
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			Document order = this.logistics.welcomeOrder(userId);
			return order != null && "RESERVED".equals(order.getString("status"));
		});
		String orderId = this.logistics.welcomeOrder(userId).get("_id").toString();
		HttpResponse<String> fromApi = this.spine.get(orders, "/api/orders/" + orderId);
		assertThat(fromApi.statusCode()).as(fromApi.body()).isEqualTo(200);
		assertThat(JSON.readTree(fromApi.body()).get("status").asString()).isEqualTo("RESERVED");

		for (String type : consumer.keySet()) {
			ServiceProcess service = consumer.get(type);
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(this.logistics.nats.deadEvents(type).size() - deadBefore.get(type))
					.as("copies on " + type + ".dead")
					.isEqualTo(sent.get(type)));
			assertThat(Metrics.sum(service, "orbit_events_unreadable_total", "type", type) - before.get(type))
				.as("unreadable " + type)
				.isEqualTo(sent.get(type).doubleValue());
		}
		assertThat(this.logistics.nats.deadEvents("order.created"))
			.allSatisfy((dead) -> assertThat(dead.headers()).containsKey("Orbit-Dead-Reason"));
		for (String durable : List.of(Logistics.WELCOMES, "orders-stock-reserved", "inventory-order-created")) {
			this.logistics.awaitConsumed(durable, Duration.ofSeconds(30));
		}
		assertHealthyInTheSameJvm();
	}

	/**
	 * Malformed JSON, JSON of the wrong shape (an array, a number, an object of nothing
	 * expected), an empty body, {@code huge} bytes of garbage, binary garbage.
	 */
	private static List<byte[]> poison(int huge) {
		byte[] garbage = new byte[huge];
		new Random(18).nextBytes(garbage);
		List<byte[]> poison = new ArrayList<>();
		poison.add("{\"frames\":[{\"timestamp\":".getBytes(StandardCharsets.UTF_8));
		poison.add("[1,2,3]".getBytes(StandardCharsets.UTF_8));
		poison.add("42".getBytes(StandardCharsets.UTF_8));
		poison.add("{\"nothing\":\"expected\"}".getBytes(StandardCharsets.UTF_8));
		poison.add(new byte[0]);
		poison.add(garbage);
		poison.add(new byte[] { (byte) 0xC3, 0x28, 0x00, (byte) 0xFF, (byte) 0xFE, 0x01 });
		return poison;
	}

	private void send(String topic, String key, byte[] value) throws InterruptedException, ExecutionException {
		send(topic, key, value, null);
	}

	private void send(String topic, String key, byte[] value, String contentType)
			throws InterruptedException, ExecutionException {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
		record.headers().add("traceparent", "garbage".getBytes(StandardCharsets.UTF_8));
		record.headers().add("orbit-received-at", "yesterday".getBytes(StandardCharsets.UTF_8));
		if (contentType != null) {
			record.headers().add("content-type", contentType.getBytes(StandardCharsets.UTF_8));
		}
		this.kafka.send(record).get();
	}

	/** Posts one frame through ingest; returns its batch id. */
	private UUID postTelemetry(String spacecraft, String parameter, double value) throws Exception {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		HttpResponse<String> response = this.spine.post("""
				{"frames":[{"spacecraftId":"%s","timestamp":"%s","sequence":%d,"samples":{"%s":%s}}]}"""
			.formatted(spacecraft, now, now.toEpochMilli(), parameter, value), null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return UUID.fromString(JSON.readTree(response.body()).get("batchId").asString());
	}

	private void putRule(String id, String body) throws Exception {
		HttpResponse<String> response = Spine.HTTP
			.send(HttpRequest.newBuilder(this.services.get("analyzer").uri("/api/v1/rules/" + id))
				.header("Content-Type", "application/json")
				.header("Authorization", Spine.bearer("admin"))
				.PUT(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
	}

	private void createInMissionDatabase(String kind, String body) throws Exception {
		HttpResponse<String> response = Spine.HTTP
			.send(HttpRequest.newBuilder(this.services.get("processor").uri("/api/v1/" + kind))
				.header("Content-Type", "application/json")
				.header("Authorization", Spine.bearer("admin"))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	/**
	 * Whether the analyzer's API lists an alert of this parameter raised by this rule.
	 */
	private boolean alertExists(String spacecraft, String parameter, String ruleId) throws Exception {
		String body = this.spine
			.get(this.services.get("analyzer"), "/api/v1/alerts?spacecraftId=" + spacecraft + "&limit=500")
			.body();
		for (JsonNode alert : JSON.readTree(body).get("items")) {
			if (alert.get("parameter").asString().equals(parameter) && alert.path("ruleId").asString().equals(ruleId)) {
				return true;
			}
		}
		return false;
	}

	private int archived(String spacecraft, String parameter) throws Exception {
		HttpResponse<String> page = this.spine.get(this.enricher, "/api/v1/archive/samples?spacecraftId=" + spacecraft
				+ "&parameter=" + parameter + "&from=" + Instant.now().minus(Duration.ofHours(1)) + "&limit=1000");
		return (page.statusCode() == 200) ? JSON.readTree(page.body()).get("items").size() : 0;
	}

	private void assertHealthyInTheSameJvm() throws Exception {
		for (Map.Entry<String, ServiceProcess> entry : this.services.entrySet()) {
			ServiceProcess service = entry.getValue();
			assertThat(service.alive()).as(entry.getKey() + " is running:\n" + service.tail(40)).isTrue();
			assertThat(service.pid()).as(entry.getKey() + " was not restarted")
				.isEqualTo(this.pids.get(entry.getKey()));
			HttpResponse<String> health = Spine.HTTP.send(HttpRequest.newBuilder(service.uri("/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).as(entry.getKey() + " /health: " + health.body()).isEqualTo(200);
			assertThat(JSON.readTree(health.body()).get("status").asString()).isEqualTo("UP");
		}
	}

	@AfterAll
	void stopEverything() {
		if (this.kafka != null) {
			this.kafka.close();
		}
		if (this.enricher != null) {
			this.enricher.close();
		}
		this.archive.close();
		this.logistics.close();
		this.spine.close();
	}

	/** A service's counters, read from its Prometheus endpoint ({@code /metrics}). */
	static final class Metrics {

		private Metrics() {
		}

		/**
		 * The sum of a counter's series whose labels include the given pairs; 0 when it
		 * has none yet.
		 */
		static double sum(ServiceProcess service, String name, String... labels) {
			HttpResponse<String> response;
			try {
				response = Spine.HTTP.send(HttpRequest.newBuilder(service.uri("/metrics")).build(),
						HttpResponse.BodyHandlers.ofString());
			}
			catch (Exception ex) {
				throw new IllegalStateException("cannot read the metrics of " + service.uri("/"), ex);
			}
			assertThat(response.statusCode()).as("GET /metrics of " + service.uri("/")).isEqualTo(200);
			String text = response.body();
			double sum = 0;
			for (String line : text.split("\n")) {
				if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
					continue;
				}
				boolean matches = true;
				for (int i = 0; i < labels.length; i += 2) {
					matches &= line.contains(labels[i] + "=\"" + labels[i + 1] + "\"");
				}
				if (matches) {
					sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
				}
			}
			return sum;
		}

	}

}
