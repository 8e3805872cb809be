package space.orbit.processor.registry;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import space.orbit.messaging.TopicDeclarations;
import space.orbit.processor.ProcessorProperties;

/**
 * The compacted topic the mission database is published to (one partition: one order).
 */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

	@Bean
	NewTopic registryTopic(ProcessorProperties properties) {
		return TopicDeclarations.registry(properties.registry().topic());
	}

}
