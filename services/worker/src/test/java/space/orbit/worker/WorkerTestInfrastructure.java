package space.orbit.worker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestKafka;
import space.orbit.test.TestNames;
import space.orbit.test.TestPostgres;
import space.orbit.test.TestRabbit;

/**
 * Points a worker under test at this machine's real PostgreSQL (a schema of its own),
 * RabbitMQ (names of its own) and a real Kafka broker (a topic of its own), and at a
 * stand-in for the processor's REST API, with security on: requests need tokens of the
 * JVM's {@link TestIssuer}, and the worker takes its own there as client
 * {@value #CLIENT_ID} to call the stand-in.
 */
public abstract class WorkerTestInfrastructure {

	public static final String CLIENT_ID = "orbit-worker";

	/** The worker's client secret in the tests. */
	public static final String CLIENT_SECRET = "worker-test-secret";

	public static final TestPostgres postgres = TestPostgres.newSchema("worker_it");

	public static final TestRabbit rabbit = TestRabbit.withUniquePrefix("worker-it");

	public static final String topic = TestNames.unique("compute-it-");

	public static final JobRoutes routes = JobRoutes.DEFAULT.prefixed(rabbit.prefix());

	public static final ProcessorStandIn processor = ProcessorStandIn.start();

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", postgres::url);
		registry.add("orbit.worker.schema", postgres::schema);
		registry.add("spring.rabbitmq.addresses", () -> TestRabbit.URL);
		registry.add("orbit.worker.routes-prefix", rabbit::prefix);
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		registry.add("orbit.worker.compute-topic", () -> topic);
		registry.add("orbit.worker.registry-url", processor::url);
		registry.add("orbit.worker.samples-url", processor::url);
		registry.add("orbit.worker.retry-backoff", () -> "50ms");
		registry.add("orbit.worker.backlog-interval", () -> "200ms");
		registry.add("orbit.worker.max-attempts", () -> "2");
		registry.add("orbit.worker.consumers", () -> "2");
		registry.add("logging.structured.format.console", () -> "");
		security(registry);
	}

	/**
	 * Security on, with the JVM's test issuer: the worker checks the tokens of the
	 * requests it serves, and takes its own (client credentials) for its calls.
	 */
	public static void security(DynamicPropertyRegistry registry) {
		TestIssuer issuer = TestIssuer.shared();
		issuer.registerClient(CLIENT_ID, CLIENT_SECRET, "viewer");
		issuer.properties().forEach((name, value) -> registry.add(name, () -> value));
		registry.add("orbit.worker.client.id", () -> CLIENT_ID);
		registry.add("orbit.worker.client.secret", () -> CLIENT_SECRET);
		registry.add("orbit.worker.client.token-uri", () -> issuer.issuer() + "/oauth2/token");
	}

	/**
	 * Messages of {@code queue} delivered to a consumer and not yet acknowledged (AMQP
	 * counts only those ready; rabbitmqctl counts these).
	 */
	public static long unacknowledged(String queue) {
		try {
			Process process = new ProcessBuilder("rabbitmqctl", "list_queues", "--quiet", "--no-table-headers", "name",
					"messages_unacknowledged")
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			return output.lines()
				.map((line) -> line.split("\t"))
				.filter((fields) -> fields.length == 2 && fields[0].equals(queue))
				.mapToLong((fields) -> Long.parseLong(fields[1].strip()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("rabbitmqctl lists no queue " + queue + ": " + output));
		}
		catch (IOException ex) {
			throw new IllegalStateException("rabbitmqctl is needed to count unacknowledged messages", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static {
		// One Spring context serves every IT class (same configuration): clean up when
		// the
		// test JVM ends, not after the first class.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			rabbit.deleteOnClose(List.of(routes.queue(), routes.deadLetterQueue(), routes.retryQueue()),
					List.of(routes.exchange(), routes.deadLetterExchange()));
			rabbit.close();
			postgres.close();
			processor.close();
		}, "worker-it-cleanup"));
	}

}
