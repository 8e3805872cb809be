package space.orbit.processor;

import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.messaging.TelemetryRoutes;
import space.orbit.test.TestPostgres;
import space.orbit.test.TestRabbit;

/**
 * Points a processor under test at this machine's real PostgreSQL (a schema of its own)
 * and RabbitMQ (names of its own) and at a real Kafka broker (a topic of its own), shared
 * by the test classes of this JVM that extend it (as is their cached Spring context).
 */
public abstract class ProcessorTestInfrastructure {

	protected static final ProcessorFixture shared = ProcessorFixture.create("processor_it");

	protected static final TestPostgres postgres = shared.postgres;

	protected static final TestRabbit rabbit = shared.rabbit;

	protected static final String topic = shared.topic;

	protected static final String registryTopic = shared.registryTopic;

	protected static final TelemetryRoutes routes = shared.routes;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		shared.register(registry, Map.of());
	}

}
