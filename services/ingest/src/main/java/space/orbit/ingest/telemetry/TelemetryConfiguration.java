package space.orbit.ingest.telemetry;

import org.springframework.amqp.core.Declarables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import space.orbit.ingest.IngestProperties;
import space.orbit.messaging.TelemetryQueueDeclarations;
import space.orbit.telemetry.FrameReader;
import space.orbit.telemetry.TelemetryCodec;

/** The reader, the codec and the RabbitMQ topology ingest publishes into. */
@Configuration(proxyBeanMethods = false)
class TelemetryConfiguration {

	@Bean
	FrameReader frameReader(IngestProperties properties) {
		return new FrameReader(properties.frameLimits());
	}

	@Bean
	TelemetryCodec telemetryCodec(IngestProperties properties) {
		return new TelemetryCodec(properties.frameLimits());
	}

	@Bean
	Declarables telemetryTopology(IngestProperties properties) {
		return TelemetryQueueDeclarations.declarables(properties.routes().telemetry());
	}

}
