package space.orbit.processor.telemetry;

import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.amqp.core.Declarables;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import space.orbit.messaging.KafkaHealthIndicator;
import space.orbit.messaging.TelemetryQueueDeclarations;
import space.orbit.messaging.TelemetryRoutes;
import space.orbit.messaging.TopicDeclarations;
import space.orbit.processor.ProcessorProperties;
import space.orbit.telemetry.FrameLimits;
import space.orbit.telemetry.TelemetryCodec;

/** The queue the processor consumes, the topic it publishes to, and their health. */
@Configuration(proxyBeanMethods = false)
class TelemetryConfiguration {

	@Bean
	TelemetryCodec telemetryCodec() {
		// Timestamps were judged by ingest at receipt; the processor re-checks shape and
		// types,
		// with the window centred on receipt time so a message that waited is not
		// rejected.
		return new TelemetryCodec(FrameLimits.DEFAULT);
	}

	@Bean
	TelemetryRoutes telemetryRoutes(ProcessorProperties properties) {
		return properties.routes();
	}

	@Bean
	Declarables telemetryTopology(TelemetryRoutes routes) {
		return TelemetryQueueDeclarations.declarables(routes);
	}

	@Bean
	NewTopic telemetryTopic(ProcessorProperties properties) {
		return TopicDeclarations.telemetry(properties.telemetryTopic());
	}

	@Bean
	HealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
		return new KafkaHealthIndicator(admin, Duration.ofSeconds(3));
	}

}
