package space.orbit.processor.backlog;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import space.orbit.kit.backlog.BacklogReader;
import space.orbit.kit.backlog.OutboxBacklog;
import space.orbit.kit.backlog.QueueBacklog;
import space.orbit.messaging.TelemetryRoutes;
import space.orbit.processor.ProcessorProperties;

/**
 * What waits in the processor's pipeline, read every
 * {@code orbit.processor.backlog-interval}: its telemetry queue and dead-letter queue,
 * its telemetry and registry outboxes.
 */
@Configuration(proxyBeanMethods = false)
class BacklogConfiguration {

	@Bean
	BacklogReader backlogReader(AmqpAdmin admin, JdbcTemplate jdbc, Clock clock, MeterRegistry registry,
			ProcessorProperties properties) {
		TelemetryRoutes routes = properties.routes();
		return new BacklogReader("processor-backlog",
				List.of(new QueueBacklog(routes.queue(), QueueBacklog.Kind.WORK, registry),
						new QueueBacklog(routes.deadLetterQueue(), QueueBacklog.Kind.DEAD_LETTER, registry)),
				List.of(new OutboxBacklog("telemetry", "telemetry_outbox", registry),
						new OutboxBacklog("registry", "registry_outbox", registry)),
				admin, jdbc, clock, properties.backlogInterval());
	}

}
