package space.orbit.processor;

import java.util.List;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.messaging.TelemetryRoutes;
import space.orbit.test.TestKafka;
import space.orbit.test.TestNames;
import space.orbit.test.TestPostgres;
import space.orbit.test.TestRabbit;

/**
 * Points a processor under test at this machine's real PostgreSQL (a schema of its own)
 * and RabbitMQ (names of its own) and at a real Kafka broker (a topic of its own).
 */
public abstract class ProcessorTestInfrastructure {

	protected static final TestPostgres postgres = TestPostgres.newSchema("processor_it");

	protected static final TestRabbit rabbit = TestRabbit.withUniquePrefix("processor-it");

	protected static final String topic = TestNames.unique("telemetry-it-");

	protected static final String registryTopic = TestNames.unique("registry-it-");

	protected static final TelemetryRoutes routes = TelemetryRoutes.DEFAULT.prefixed(rabbit.prefix());

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", postgres::url);
		registry.add("orbit.processor.schema", postgres::schema);
		registry.add("spring.rabbitmq.addresses", () -> TestRabbit.URL);
		registry.add("orbit.processor.routes-prefix", rabbit::prefix);
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		registry.add("orbit.processor.telemetry-topic", () -> topic);
		registry.add("orbit.processor.registry.topic", () -> registryTopic);
		registry.add("orbit.processor.registry.relay-interval", () -> "200ms");
		registry.add("orbit.processor.outbox.lease", () -> "2s");
		registry.add("orbit.processor.outbox.sweep-interval", () -> "300ms");
		registry.add("orbit.processor.retry.initial-interval", () -> "20ms");
		registry.add("orbit.processor.retry.max-attempts", () -> "2");
		registry.add("logging.structured.format.console", () -> "");
	}

	static {
		// Shared by every test class of this JVM (as is the cached Spring context they
		// use):
		// removed when the JVM ends, not after the first class.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			rabbit.deleteOnClose(List.of(routes.queue(), routes.deadLetterQueue()),
					List.of(routes.exchange(), routes.deadLetterExchange()));
			rabbit.close();
			postgres.close();
		}, "processor-it-cleanup"));
	}

}
