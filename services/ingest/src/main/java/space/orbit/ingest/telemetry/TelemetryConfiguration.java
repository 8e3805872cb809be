package space.orbit.ingest.telemetry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import space.orbit.ingest.IngestProperties;
import space.orbit.messaging.TelemetryQueueDeclarations;
import space.orbit.telemetry.FrameReader;

/** The reader and the RabbitMQ topology ingest publishes into. */
@Configuration(proxyBeanMethods = false)
class TelemetryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TelemetryConfiguration.class);

	@Bean
	FrameReader frameReader(IngestProperties properties) {
		return new FrameReader(properties.frameLimits());
	}

	/**
	 * Declares the topology at start-up, so the queue exists before the first batch; a
	 * broker that is down then is no reason not to start (it is declared on the first
	 * connection).
	 */
	@Bean
	ApplicationRunner declareTelemetryTopology(AmqpAdmin admin) {
		return args -> {
			try {
				if (admin instanceof RabbitAdmin rabbitAdmin) {
					rabbitAdmin.initialize();
				}
			}
			catch (AmqpException ex) {
				log.warn("RabbitMQ unreachable at start-up ({}); the topology is declared on the first connection",
						ex.getMessage());
			}
		};
	}

	@Bean
	Declarables telemetryTopology(IngestProperties properties) {
		return TelemetryQueueDeclarations.declarables(properties.routes().telemetry());
	}

}
