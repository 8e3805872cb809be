package space.orbit.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import space.orbit.messaging.TelemetryRoutes;
import space.orbit.test.OtlpReceiver;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TestKafka;
import space.orbit.test.TestNames;
import space.orbit.test.TestPostgres;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestRabbit;

/**
 * The telemetry spine of one test class: ingest and processor as their own JVMs, on this
 * machine's PostgreSQL and RabbitMQ (names unique to the class) and a real Kafka broker,
 * exporting traces to an OTLP receiver.
 * <p>
 * The services run as they ship, with security on (ADR 0017): they trust this JVM's
 * {@link TestIssuer}, whose tokens the spine's own calls carry (a ground station's for
 * telemetry, a viewer's for reading) and from which the simulator and the worker take
 * theirs. {@link #open()} is a spine with security off, for the browser suites that test
 * what the UIs do rather than the login (the login suites run the real auth service).
 */
final class Spine implements AutoCloseable {

	private static final TestIssuer ISSUER = TestIssuer.shared();

	static final HttpClient HTTP = HttpClient.newHttpClient();

	final OtlpReceiver otlp = OtlpReceiver.start();

	final TestPostgres postgres = TestPostgres.newSchema("e2e");

	final TestRabbit rabbit = TestRabbit.withUniquePrefix("e2e");

	final String topic = TestNames.unique("e2e-telemetry-");

	final TelemetryRoutes routes = TelemetryRoutes.DEFAULT.prefixed(this.rabbit.prefix());

	private final int processorPort = ServiceProcess.freePort();

	/** Ingest's port, the same after a restart (a simulator sending to it carries on). */
	private final int ingestPort = ServiceProcess.freePort();

	final String alertsTopic = TestNames.unique("e2e-alerts-");

	final String rulesTopic = TestNames.unique("e2e-rules-");

	final String registryTopic = TestNames.unique("e2e-registry-");

	private final String analyzerId = TestNames.unique("e2e-analyzer-");

	private ServiceProcess ingest;

	private ServiceProcess analyzer;

	private ServiceProcess processor;

	private ServiceProcess worker;

	private final boolean secured;

	/** The Kafka bootstrap servers of this spine's services. */
	final String kafka;

	/**
	 * Environment variables of one service's (by name) that replace the spine's own: a
	 * broker's address through a proxy, say.
	 */
	final Map<String, Map<String, String>> overrides = new HashMap<>();

	Spine() {
		this(true, TestKafka.bootstrapServers());
	}

	/**
	 * A spine on another Kafka broker than the test JVM's (ChaosIT's own, restartable).
	 */
	Spine(String kafka) {
		this(true, kafka);
	}

	private Spine(boolean secured, String kafka) {
		this.secured = secured;
		this.kafka = kafka;
	}

	/** A spine whose services check no token (orbit.security.enabled false). */
	static Spine open() {
		return new Spine(false, TestKafka.bootstrapServers());
	}

	boolean secured() {
		return this.secured;
	}

	/**
	 * The Authorization header value of a token of {@code role} from the test issuer.
	 */
	static String bearer(String role) {
		return "Bearer " + ISSUER.token("e2e-" + role + "@orbit.space", role);
	}

	ServiceProcess startIngest() {
		this.ingest = ServiceProcess.start("ingest", jar("ingest"), this.ingestPort, environment("ingest"),
				Map.of("orbit.ingest.routes.prefix", this.rabbit.prefix()), logs());
		return this.ingest;
	}

	/**
	 * Starts a processor; {@code extra} adds settings, e.g.
	 * {@code orbit.faults.halt-at=processor.after-commit}.
	 */
	ServiceProcess startProcessor(Map<String, String> extra) {
		return startProcessor(extra, List.of());
	}

	/** Starts a processor with these JVM options too ({@code -Xmx160m}, say). */
	ServiceProcess startProcessor(Map<String, String> extra, List<String> jvmOptions) {
		Map<String, String> properties = new HashMap<>(extra);
		properties.put("orbit.processor.routes-prefix", this.rabbit.prefix());
		properties.put("orbit.processor.schema", this.postgres.schema());
		properties.put("orbit.processor.telemetry-topic", this.topic);
		properties.put("orbit.processor.registry.topic", this.registryTopic);
		// The lease outlasts a publish attempt (max.block 5 s + 10 s + 1 s): the
		// processor refuses to start otherwise.
		properties.put("orbit.processor.outbox.lease", "20s");
		properties.put("orbit.processor.outbox.publish-timeout", "10s");
		properties.put("spring.kafka.producer.properties.delivery.timeout.ms", "10000");
		properties.put("spring.kafka.producer.properties.request.timeout.ms", "8000");
		properties.put("orbit.processor.outbox.sweep-interval", "500ms");
		this.processor = ServiceProcess.start("processor", jar("processor"), this.processorPort,
				environment("processor"), properties, logs(), jvmOptions);
		return this.processor;
	}

	/**
	 * Starts an analyzer reading this spine's telemetry topic, with names of its own; a
	 * second call (after a kill) starts it again under the same names, as a restart.
	 */
	ServiceProcess startAnalyzer(Path stateDirectory) {
		return startAnalyzer(stateDirectory, Map.of());
	}

	/**
	 * Starts the analyzer with more settings ({@code orbit.analyzer.enricher-url}, say).
	 */
	ServiceProcess startAnalyzer(Path stateDirectory, Map<String, String> more) {
		Map<String, String> properties = new HashMap<>(more);
		properties.putAll(Map.of("orbit.analyzer.schema", this.postgres.schema() + "_an",
				"orbit.analyzer.telemetry-topic", this.topic, "orbit.analyzer.alerts-topic", this.alertsTopic,
				"orbit.analyzer.rules-topic", this.rulesTopic, "orbit.analyzer.registry-topic", this.registryTopic,
				"orbit.analyzer.streams.application-id", this.analyzerId, "orbit.analyzer.streams.state-dir",
				stateDirectory.toString(), "orbit.analyzer.alerts.consumer-group", this.analyzerId + "-alerts"));
		this.analyzer = ServiceProcess.start("analyzer", jar("analyzer"), ServiceProcess.freePort(),
				environment("analyzer"), properties, logs());
		return this.analyzer;
	}

	/**
	 * Starts a worker whose mission database and samples are this spine's processor, with
	 * names of its own.
	 */
	ServiceProcess startWorker(String computeTopic) {
		Map<String, String> environment = new HashMap<>(environment("worker"));
		environment.put("ORBIT_REGISTRY_URL", "http://127.0.0.1:" + this.processorPort);
		environment.put("ORBIT_SAMPLES_URL", "http://127.0.0.1:" + this.processorPort);
		this.worker = ServiceProcess.start("worker", jar("worker"), ServiceProcess.freePort(), environment,
				Map.of("orbit.worker.schema", this.postgres.schema() + "_wk", "orbit.worker.routes-prefix",
						this.rabbit.prefix(), "orbit.worker.compute-topic", computeTopic),
				logs());
		return this.worker;
	}

	ServiceProcess analyzer() {
		return this.analyzer;
	}

	/**
	 * Runs the simulator against this spine's ingest until it exits; returns its exit
	 * status.
	 */
	int simulate(Path report, String... flags) throws Exception {
		Process simulator = startSimulator(report, flags);
		if (!simulator.waitFor(10, TimeUnit.MINUTES)) {
			simulator.destroyForcibly();
			throw new IllegalStateException("the simulator did not finish; see " + logs());
		}
		return simulator.exitValue();
	}

	/** Starts the simulator against this spine's ingest; it runs on by itself. */
	Process startSimulator(Path report, String... flags) throws java.io.IOException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar("simulator").toString(), "--server.port=0",
				"--target", "http://127.0.0.1:" + this.ingest.port(), "--report", report.toString()));
		command.addAll(List.of(flags));
		Path log = logs().resolve("simulator-" + System.currentTimeMillis() + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		// The simulator sends as orbit-simulator (ground-station), its token from the
		// issuer.
		builder.environment().putAll(ISSUER.environment());
		builder.environment().putAll(ISSUER.machineClientEnvironment());
		return builder.start();
	}

	ServiceProcess ingest() {
		return this.ingest;
	}

	ServiceProcess processor() {
		return this.processor;
	}

	Map<String, String> environment() {
		return Map.of("ORBIT_RABBITMQ_URL", TestRabbit.URL, "ORBIT_POSTGRES_URL", TestPostgres.URL,
				"ORBIT_POSTGRES_USER", TestPostgres.USER, "ORBIT_KAFKA_BOOTSTRAP", this.kafka,
				"OTEL_EXPORTER_OTLP_ENDPOINT", this.otlp.endpoint(),
				"MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "200ms", "ORBIT_SECURITY_ENABLED",
				String.valueOf(this.secured));
	}

	/** {@link #environment()} with the overrides of one service. */
	Map<String, String> environment(String service) {
		Map<String, String> environment = new HashMap<>(environment());
		environment.putAll(this.overrides.getOrDefault(service, Map.of()));
		return environment;
	}

	/**
	 * Seeds the demo mission database as {@code ./orbit up} does (tools/orbit/demo,
	 * through the processor's API), with {@code moreSpacecraft} (ids) as spacecraft of
	 * the demo mission too; returns once the processor has published every record on the
	 * registry topic. The analyzer's limits for the demo parameters are these (ADR 0023).
	 */
	void seedDemoMission(String... moreSpacecraft) throws Exception {
		Path demo = Path.of(System.getProperty("orbit.jars", "../../services"))
			.resolveSibling("tools")
			.resolve("orbit")
			.resolve("demo");
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		java.util.Set<String> keys = new java.util.HashSet<>();
		for (String kind : List.of("missions", "spacecraft", "parameters")) {
			List<String> lines = new ArrayList<>(Files.readAllLines(demo.resolve(kind + ".jsonl")));
			if (kind.equals("spacecraft")) {
				for (String id : moreSpacecraft) {
					lines.add("{\"id\":\"" + id + "\",\"missionId\":\"ORBIT-DEMO\",\"name\":\"" + id + " (test)\"}");
				}
			}
			for (String line : lines) {
				if (line.isBlank()) {
					continue;
				}
				HttpRequest.Builder request = HttpRequest.newBuilder(this.processor.uri("/api/v1/" + kind))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(line));
				if (this.secured) {
					request.header("Authorization", bearer("admin"));
				}
				HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 201) {
					throw new IllegalStateException(
							"POST /api/v1/" + kind + " answered " + response.statusCode() + ": " + response.body());
				}
				var record = json.readTree(line);
				keys.add(switch (kind) {
					case "missions" -> "mission/" + record.get("id").asString();
					case "spacecraft" -> "spacecraft/" + record.get("id").asString();
					default -> "parameter/" + record.get("missionId").asString() + "/" + record.get("name").asString();
				});
			}
		}
		TestKafka.readUntil(this.kafka, this.registryTopic,
				read -> read.stream().map(ConsumerRecord::key).toList().containsAll(keys), Duration.ofSeconds(60));
	}

	HttpResponse<String> post(String body, String traceparent) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.ingest.uri("/api/v1/telemetry"))
			.header("Content-Type", "application/json")
			.header("Authorization", bearer("ground-station"))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (traceparent != null) {
			request.header("traceparent", traceparent);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(ServiceProcess service, String pathAndQuery) throws Exception {
		return HTTP.send(
				HttpRequest.newBuilder(service.uri(pathAndQuery)).header("Authorization", bearer("viewer")).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	long storedFrames(UUID batchId) {
		return this.postgres.queryForLong("SELECT count(*) FROM telemetry_frame WHERE batch_id = '" + batchId + "'");
	}

	long pendingOutbox() {
		return this.postgres.queryForLong("SELECT count(*) FROM telemetry_outbox");
	}

	/**
	 * The records of a batch on Kafka, read until their samples reach {@code expected}
	 * and then to the end.
	 */
	List<ConsumerRecord<String, byte[]>> published(UUID batchId, long expected) {
		TestKafka.readUntil(this.kafka, this.topic, read -> samples(read, batchId) >= expected, Duration.ofSeconds(60));
		List<ConsumerRecord<String, byte[]>> all = TestKafka.readToEnd(this.kafka, this.topic, Duration.ofSeconds(30));
		return all.stream().filter(r -> batchId.toString().equals(TestKafka.header(r, "orbit-batch-id"))).toList();
	}

	static long samples(List<ConsumerRecord<String, byte[]>> records, UUID batchId) {
		return records.stream()
			.filter(r -> batchId.toString().equals(TestKafka.header(r, "orbit-batch-id")))
			.mapToLong(r -> Long.parseLong(TestKafka.header(r, "orbit-sample-count")))
			.sum();
	}

	static Path jar(String service) {
		String version = System.getProperty("orbit.version", "0.1.0-SNAPSHOT");
		Path services = Path.of(System.getProperty("orbit.jars", "../../services"));
		String name = "orbit-" + service + "-" + version + "-exec.jar";
		Path jar = services.resolve(service).resolve("target").resolve(name);
		return Files.exists(jar) ? jar
				: services.resolveSibling("tools").resolve(service).resolve("target").resolve(name);
	}

	private void dropSchema(String schema) {
		try (Connection connection = this.postgres.connect(); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Path logs() {
		return Path.of(System.getProperty("orbit.logs", "target/service-logs"));
	}

	static URI uri(String text) {
		return URI.create(text);
	}

	@Override
	public void close() {
		if (this.ingest != null) {
			this.ingest.close();
		}
		if (this.processor != null) {
			this.processor.close();
		}
		if (this.analyzer != null) {
			this.analyzer.close();
			dropSchema(this.postgres.schema() + "_an");
		}
		if (this.worker != null) {
			this.worker.close();
			dropSchema(this.postgres.schema() + "_wk");
			this.rabbit.deleteOnClose(
					List.of("compute.jobs", "compute.jobs.dlq", "compute.jobs.retry")
						.stream()
						.map((name) -> this.rabbit.prefix() + name)
						.toList(),
					List.of(this.rabbit.prefix() + "orbit.compute", this.rabbit.prefix() + "orbit.compute.dlx"));
		}
		this.otlp.close();
		this.rabbit
			.deleteOnClose(List.of(this.routes.queue(), this.routes.deadLetterQueue()),
					List.of(this.routes.exchange(), this.routes.deadLetterExchange()))
			.close();
		this.postgres.close();
	}

}
