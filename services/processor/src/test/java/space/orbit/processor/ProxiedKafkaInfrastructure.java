package space.orbit.processor;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A processor under test whose Kafka can go down ({@link ProxiedKafka}), with names of
 * its own and short publish timings: an attempt lasts at most 7 s (max.block 2 s +
 * delivery 4 s + 1 s), the lease is 10 s. Shared by the test classes that extend it.
 */
public abstract class ProxiedKafkaInfrastructure {

	protected static final ProxiedKafka kafka = ProxiedKafka.start();

	protected static final ProcessorFixture fixture = ProcessorFixture.create("processor_kafka_it");

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		fixture.register(registry,
				Map.ofEntries(setting("spring.kafka.bootstrap-servers", kafka::bootstrapServers),
						setting("orbit.processor.outbox.lease", () -> "10s"),
						setting("orbit.processor.outbox.publish-timeout", () -> "2s"),
						setting("spring.kafka.producer.properties.max.block.ms", () -> "2000"),
						setting("spring.kafka.producer.properties.delivery.timeout.ms", () -> "4000"),
						setting("spring.kafka.producer.properties.request.timeout.ms", () -> "3000"),
						setting("spring.kafka.producer.properties.reconnect.backoff.max.ms", () -> "500"),
						setting("spring.kafka.consumer.properties.reconnect.backoff.max.ms", () -> "500"),
						setting("orbit.processor.registry.publish-timeout", () -> "2s"),
						// Records of ~10 frames: a batch is several records.
						setting("orbit.processor.events.max-record-bytes", () -> "512")));
	}

	private static Map.Entry<String, Supplier<Object>> setting(String name, Supplier<Object> value) {
		return Map.entry(name, value);
	}

}
