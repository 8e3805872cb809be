package space.orbit.processor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.test.context.DynamicPropertyRegistry;
import space.orbit.messaging.TelemetryRoutes;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestKafka;
import space.orbit.test.TestNames;
import space.orbit.test.TestPostgres;
import space.orbit.test.TestRabbit;

/**
 * Names of its own for one processor under test: a schema on this machine's PostgreSQL,
 * queue names on its RabbitMQ, topics on a real Kafka broker; removed when the JVM ends
 * (the Spring contexts using them are cached until then).
 */
public final class ProcessorFixture {

	public final TestPostgres postgres;

	public final TestRabbit rabbit;

	public final String topic = TestNames.unique("telemetry-it-");

	public final String registryTopic = TestNames.unique("registry-it-");

	public final TelemetryRoutes routes;

	private ProcessorFixture(String name) {
		this.postgres = TestPostgres.newSchema(name);
		this.rabbit = TestRabbit.withUniquePrefix(name.replace('_', '-'));
		this.routes = TelemetryRoutes.DEFAULT.prefixed(this.rabbit.prefix());
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			this.rabbit.deleteOnClose(List.of(this.routes.queue(), this.routes.deadLetterQueue()),
					List.of(this.routes.exchange(), this.routes.deadLetterExchange()));
			this.rabbit.close();
			this.postgres.close();
		}, name + "-cleanup"));
	}

	public static ProcessorFixture create(String name) {
		return new ProcessorFixture(name);
	}

	/**
	 * Points the processor at these names, with test-sized timings and security on
	 * (tokens of the JVM's {@link TestIssuer}); {@code overrides} replace or add
	 * settings.
	 */
	public void register(DynamicPropertyRegistry registry, Map<String, Supplier<Object>> overrides) {
		Map<String, Supplier<Object>> settings = new LinkedHashMap<>();
		settings.put("spring.datasource.url", this.postgres::url);
		settings.put("orbit.processor.schema", this.postgres::schema);
		settings.put("spring.rabbitmq.addresses", () -> TestRabbit.URL);
		settings.put("orbit.processor.routes-prefix", this.rabbit::prefix);
		settings.put("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		settings.put("orbit.processor.telemetry-topic", () -> this.topic);
		settings.put("orbit.processor.registry.topic", () -> this.registryTopic);
		settings.put("orbit.processor.registry.relay-interval", () -> "200ms");
		// A lease longer than a publish attempt can last (max.block 5 s + 10 s + 1 s).
		settings.put("orbit.processor.outbox.lease", () -> "20s");
		settings.put("orbit.processor.outbox.publish-timeout", () -> "10s");
		settings.put("spring.kafka.producer.properties.delivery.timeout.ms", () -> "10000");
		settings.put("spring.kafka.producer.properties.request.timeout.ms", () -> "8000");
		settings.put("orbit.processor.outbox.sweep-interval", () -> "300ms");
		settings.put("orbit.processor.retry.initial-interval", () -> "20ms");
		settings.put("orbit.processor.backlog-interval", () -> "200ms");
		settings.put("orbit.processor.retry.max-attempts", () -> "2");
		settings.put("logging.structured.format.console", () -> "");
		TestIssuer.shared().properties().forEach((name, value) -> settings.put(name, () -> value));
		settings.putAll(overrides);
		settings.forEach(registry::add);
	}

}
