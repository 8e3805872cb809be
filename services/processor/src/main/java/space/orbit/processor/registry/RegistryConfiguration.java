package space.orbit.processor.registry;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import space.orbit.processor.ProcessorProperties;

/**
 * The compacted topic the mission database is published to (one partition: one order).
 */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

	@Bean
	NewTopic registryTopic(ProcessorProperties properties) {
		return TopicBuilder.name(properties.registry().topic()).partitions(1).replicas(1).compact().build();
	}

}
