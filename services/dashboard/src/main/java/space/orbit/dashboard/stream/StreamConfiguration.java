package space.orbit.dashboard.stream;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.models.media.StringSchema;
import org.apache.kafka.clients.admin.NewTopic;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import space.orbit.dashboard.DashboardProperties;
import space.orbit.messaging.KafkaHealthIndicator;
import space.orbit.messaging.TopicDeclarations;

/** The stream's parts, its topics and its readiness. */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

	static {
		// The stream's document describes the events as text, not the emitter's Java
		// shape.
		SpringDocUtils.getConfig().replaceWithSchema(SseEmitter.class, new StringSchema());
	}

	@Bean
	StreamHub streamHub(DashboardProperties properties, JsonMapper json, MeterRegistry meters) {
		return new StreamHub(properties.stream(), json, meters);
	}

	@Bean
	FleetState fleetState() {
		return new FleetState("AOCS.MODE", "ORBIT.LATITUDE", "ORBIT.LONGITUDE");
	}

	@Bean
	StreamListeners streamListeners(StreamHub hub, FleetState fleet, JsonMapper json, MeterRegistry meters) {
		return new StreamListeners(hub, fleet, json, meters);
	}

	@Bean
	NewTopic telemetryTopic(DashboardProperties properties) {
		return TopicDeclarations.telemetry(properties.telemetryTopic());
	}

	@Bean
	NewTopic alertsTopic(DashboardProperties properties) {
		return TopicDeclarations.alerts(properties.alertsTopic());
	}

	@Bean
	NewTopic computeTopic(DashboardProperties properties) {
		return TopicDeclarations.compute(properties.computeTopic());
	}

	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
		return new KafkaHealthIndicator(admin, Duration.ofSeconds(3));
	}

	/**
	 * Ready once every consumer has its partitions: from then on, what is published
	 * reaches the stream (the consumers start at the latest offsets).
	 */
	@Bean
	HealthIndicator streamHealthIndicator(KafkaListenerEndpointRegistry registry) {
		return () -> {
			for (String id : List.of(StreamListeners.TELEMETRY, StreamListeners.ALERTS, StreamListeners.COMPUTE)) {
				MessageListenerContainer container = registry.getListenerContainer(id);
				if (container == null || container.getAssignedPartitions() == null
						|| container.getAssignedPartitions().isEmpty()) {
					return Health.down().withDetail("waiting", id + " has no partitions yet").build();
				}
			}
			return Health.up().build();
		};
	}

}
