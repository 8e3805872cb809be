package space.orbit.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import space.orbit.messaging.TelemetryRoutes;
import space.orbit.test.OtlpReceiver;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TestKafka;
import space.orbit.test.TestNames;
import space.orbit.test.TestPostgres;
import space.orbit.test.TestRabbit;

/**
 * The telemetry spine of one test class: ingest and processor as their own JVMs, on this
 * machine's PostgreSQL and RabbitMQ (names unique to the class) and a real Kafka broker,
 * exporting traces to an OTLP receiver.
 */
final class Spine implements AutoCloseable {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	final OtlpReceiver otlp = OtlpReceiver.start();

	final TestPostgres postgres = TestPostgres.newSchema("e2e");

	final TestRabbit rabbit = TestRabbit.withUniquePrefix("e2e");

	final String topic = TestNames.unique("e2e-telemetry-");

	final TelemetryRoutes routes = TelemetryRoutes.DEFAULT.prefixed(this.rabbit.prefix());

	private final int processorPort = ServiceProcess.freePort();

	private ServiceProcess ingest;

	private ServiceProcess processor;

	ServiceProcess startIngest() {
		this.ingest = ServiceProcess.start("ingest", jar("ingest"), ServiceProcess.freePort(), environment(),
				Map.of("orbit.ingest.routes.prefix", this.rabbit.prefix()), logs());
		return this.ingest;
	}

	/**
	 * Starts a processor; {@code chaos} adds e.g.
	 * {@code orbit.processor.chaos.halt-after-commit=true}.
	 */
	ServiceProcess startProcessor(Map<String, String> chaos) {
		Map<String, String> properties = new HashMap<>(chaos);
		properties.put("orbit.processor.routes-prefix", this.rabbit.prefix());
		properties.put("orbit.processor.schema", this.postgres.schema());
		properties.put("orbit.processor.telemetry-topic", this.topic);
		properties.put("orbit.processor.outbox.lease", "3s");
		properties.put("orbit.processor.outbox.sweep-interval", "500ms");
		this.processor = ServiceProcess.start("processor", jar("processor"), this.processorPort, environment(),
				properties, logs());
		return this.processor;
	}

	ServiceProcess ingest() {
		return this.ingest;
	}

	ServiceProcess processor() {
		return this.processor;
	}

	private Map<String, String> environment() {
		return Map.of("ORBIT_RABBITMQ_URL", TestRabbit.URL, "ORBIT_POSTGRES_URL", TestPostgres.URL,
				"ORBIT_POSTGRES_USER", TestPostgres.USER, "ORBIT_KAFKA_BOOTSTRAP", TestKafka.bootstrapServers(),
				"OTEL_EXPORTER_OTLP_ENDPOINT", this.otlp.endpoint(),
				"MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "200ms");
	}

	HttpResponse<String> post(String body, String traceparent) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.ingest.uri("/api/v1/telemetry"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (traceparent != null) {
			request.header("traceparent", traceparent);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(ServiceProcess service, String pathAndQuery) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(service.uri(pathAndQuery)).build(),
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
		TestKafka.readUntil(this.topic, read -> samples(read, batchId) >= expected, Duration.ofSeconds(60));
		List<ConsumerRecord<String, byte[]>> all = TestKafka.readUntil(this.topic, read -> false,
				Duration.ofSeconds(3));
		return all.stream().filter(r -> batchId.toString().equals(TestKafka.header(r, "orbit-batch-id"))).toList();
	}

	static long samples(List<ConsumerRecord<String, byte[]>> records, UUID batchId) {
		return records.stream()
			.filter(r -> batchId.toString().equals(TestKafka.header(r, "orbit-batch-id")))
			.mapToLong(r -> Long.parseLong(TestKafka.header(r, "orbit-sample-count")))
			.sum();
	}

	private static Path jar(String service) {
		String version = System.getProperty("orbit.version", "0.1.0-SNAPSHOT");
		return Path.of(System.getProperty("orbit.jars", "../../services"), service, "target",
				"orbit-" + service + "-" + version + "-exec.jar");
	}

	private static Path logs() {
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
		this.otlp.close();
		this.rabbit
			.deleteOnClose(List.of(this.routes.queue(), this.routes.deadLetterQueue()),
					List.of(this.routes.exchange(), this.routes.deadLetterExchange()))
			.close();
		this.postgres.close();
	}

}
