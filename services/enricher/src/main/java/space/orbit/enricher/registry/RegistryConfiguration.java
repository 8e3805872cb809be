package space.orbit.enricher.registry;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import space.orbit.enricher.EnricherProperties;
import space.orbit.messaging.TopicDeclarations;

/** The registry, its reader and its readiness. */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

	/**
	 * The registry topic, declared as its owner (the processor) declares it: compacted,
	 * one partition.
	 */
	@Bean
	NewTopic registryTopic(EnricherProperties properties) {
		return TopicDeclarations.registry(properties.registryTopic());
	}

	@Bean
	Registry registry() {
		return new Registry();
	}

	@Bean
	RegistryReader registryReader(Registry registry, EnricherProperties properties, KafkaProperties kafka,
			ApplicationEventPublisher events, MeterRegistry meters) {
		RegistryReader[] self = new RegistryReader[1];
		self[0] = new RegistryReader(registry, properties.registryTopic(), kafka.buildConsumerProperties(), meters,
				() -> events.publishEvent(new RegistryLoaded(self[0].recordsRead())));
		return self[0];
	}

	@Bean
	HealthIndicator registryHealthIndicator(RegistryReader reader, Registry registry) {
		return new RegistryHealthIndicator(reader, registry);
	}

}
