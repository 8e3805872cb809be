package space.orbit.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import space.orbit.messaging.TelemetryRoutes;
import space.orbit.test.OtlpReceiver;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TestKafka;
import space.orbit.test.TestMongo;
import space.orbit.test.TestNames;
import space.orbit.test.TestNats;
import space.orbit.test.TestPostgres;
import space.orbit.test.TestRabbit;

/**
 * Every Orbit service of {@code ./orbit}'s SERVICES (the simulator aside) as its own JVM
 * on a free port, on this machine's PostgreSQL, RabbitMQ and NATS (names unique to this
 * run), a real Kafka broker and the MongoDB stand-in, exporting traces to an OTLP
 * receiver. Started once for all the tests of this module (JUnit's root store closes it).
 */
final class LiveStack implements AutoCloseable {

	/** The services, in the order they start. */
	static final List<String> SERVICES = List.of("processor", "ingest", "worker", "enricher", "analyzer", "users",
			"orders", "inventory");

	final OtlpReceiver otlp = OtlpReceiver.start();

	final TestPostgres postgres = TestPostgres.newSchema("obs");

	final TestRabbit rabbit = TestRabbit.withUniquePrefix("obs");

	final TestMongo mongo = TestMongo.newDatabase("obs");

	final TestNats nats = TestNats.withUniqueStream("obs");

	final TelemetryRoutes routes = TelemetryRoutes.DEFAULT.prefixed(this.rabbit.prefix());

	final String telemetryTopic = TestNames.unique("obs-telemetry-");

	private final String registryTopic = TestNames.unique("obs-registry-");

	private final String computeTopic = TestNames.unique("obs-compute-");

	private final Path analyzerState;

	private final Map<String, ServiceProcess> running = new LinkedHashMap<>();

	private final Map<String, Integer> ports = new LinkedHashMap<>();

	private LiveStack() {
		SERVICES.forEach((name) -> this.ports.put(name, ServiceProcess.freePort()));
		try {
			this.analyzerState = Files.createTempDirectory("obs-analyzer");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Services starting at once: as ./orbit's ORBIT_START_PARALLEL on two cores. */
	private static final int PARALLEL = 3;

	/** Starts the services a few at a time and waits until all are ready. */
	static LiveStack start() {
		LiveStack stack = new LiveStack();
		try {
			for (int from = 0; from < SERVICES.size(); from += PARALLEL) {
				List<ServiceProcess> wave = SERVICES.subList(from, Math.min(from + PARALLEL, SERVICES.size()))
					.stream()
					.map(stack::start)
					.toList();
				wave.forEach((service) -> service.awaitReady());
			}
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	ServiceProcess service(String name) {
		return this.running.get(name);
	}

	/** Service name to its port. */
	Map<String, Integer> ports() {
		return Map.copyOf(this.ports);
	}

	/** Starts (or restarts) one service on its port. */
	ServiceProcess start(String name) {
		Map<String, String> environment = new HashMap<>(
				Map.of("ORBIT_RABBITMQ_URL", TestRabbit.URL, "ORBIT_POSTGRES_URL", TestPostgres.URL,
						"ORBIT_POSTGRES_USER", TestPostgres.USER, "ORBIT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers(),
						"ORBIT_MONGODB_URI", this.mongo.uri(), "OTEL_EXPORTER_OTLP_ENDPOINT", this.otlp.endpoint(),
						"MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "200ms"));
		String processor = "http://127.0.0.1:" + this.ports.get("processor");
		environment.put("ORBIT_REGISTRY_URL", processor);
		environment.put("ORBIT_SAMPLES_URL", processor);
		ServiceProcess service = ServiceProcess.start(name, jar(name), this.ports.get(name), environment,
				properties(name), logs());
		this.running.put(name, service);
		return service;
	}

	private Map<String, String> properties(String name) {
		String schema = this.postgres.schema();
		Map<String, String> properties = new HashMap<>();
		switch (name) {
			case "ingest" -> properties.put("orbit.ingest.routes.prefix", this.rabbit.prefix());
			case "processor" -> {
				properties.put("orbit.processor.routes-prefix", this.rabbit.prefix());
				properties.put("orbit.processor.schema", schema);
				properties.put("orbit.processor.telemetry-topic", this.telemetryTopic);
				properties.put("orbit.processor.registry.topic", this.registryTopic);
			}
			case "worker" -> {
				properties.put("orbit.worker.schema", schema + "_wk");
				properties.put("orbit.worker.routes-prefix", this.rabbit.prefix());
				properties.put("orbit.worker.compute-topic", this.computeTopic);
			}
			case "enricher" -> {
				properties.put("orbit.enricher.telemetry-topic", this.telemetryTopic);
				properties.put("orbit.enricher.registry-topic", this.registryTopic);
				properties.put("orbit.enricher.consumer-group", TestNames.unique("obs-enricher-"));
			}
			case "analyzer" -> {
				properties.put("orbit.analyzer.schema", schema + "_an");
				properties.put("orbit.analyzer.telemetry-topic", this.telemetryTopic);
				properties.put("orbit.analyzer.alerts-topic", TestNames.unique("obs-alerts-"));
				properties.put("orbit.analyzer.rules-topic", TestNames.unique("obs-rules-"));
				properties.put("orbit.analyzer.streams.application-id", TestNames.unique("obs-analyzer-"));
				properties.put("orbit.analyzer.streams.state-dir", this.analyzerState.toString());
				properties.put("orbit.analyzer.alerts.consumer-group", TestNames.unique("obs-alerts-"));
			}
			case "users" -> {
				properties.putAll(this.nats.properties());
				properties.put("orbit.users.schema", schema + "_us");
			}
			case "orders" -> properties.putAll(this.nats.properties());
			case "inventory" -> {
				properties.putAll(this.nats.properties());
				properties.put("orbit.inventory.schema", schema + "_inv");
				properties.put("orbit.inventory.opening-stock", "welcome-kit@KSC:20,crew-badge@KSC:20");
			}
			default -> throw new IllegalArgumentException(name);
		}
		return properties;
	}

	static Path jar(String service) {
		String version = System.getProperty("orbit.version", "0.1.0-SNAPSHOT");
		Path services = Path.of(System.getProperty("orbit.jars", "../../services"));
		return services.resolve(service).resolve("target").resolve("orbit-" + service + "-" + version + "-exec.jar");
	}

	static Path logs() {
		return Path.of(System.getProperty("orbit.logs", "target/service-logs"));
	}

	@Override
	public void close() {
		List<RuntimeException> failures = new ArrayList<>();
		this.running.values().forEach((service) -> {
			try {
				service.close();
			}
			catch (RuntimeException ex) {
				failures.add(ex);
			}
		});
		for (String suffix : List.of("_wk", "_an", "_us", "_inv")) {
			dropSchema(this.postgres.schema() + suffix);
		}
		this.rabbit
			.deleteOnClose(
					List.of(this.routes.queue(), this.routes.deadLetterQueue(), this.rabbit.prefix() + "compute.jobs",
							this.rabbit.prefix() + "compute.jobs.dlq", this.rabbit.prefix() + "compute.jobs.retry"),
					List.of(this.routes.exchange(), this.routes.deadLetterExchange(),
							this.rabbit.prefix() + "orbit.compute", this.rabbit.prefix() + "orbit.compute.dlx"))
			.close();
		this.nats.close();
		this.mongo.close();
		this.postgres.close();
		this.otlp.close();
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
	}

	private void dropSchema(String schema) {
		try (var connection = this.postgres.connect(); var statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
