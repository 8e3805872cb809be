package space.orbit.worker.backlog;

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
import space.orbit.worker.JobRoutes;
import space.orbit.worker.WorkerProperties;

/**
 * What waits in the worker, read every {@code orbit.worker.backlog-interval}: its job
 * queue, dead-letter queue and retry queue (which no one consumes: messages wait there
 * out their delay), and its compute outbox.
 */
@Configuration(proxyBeanMethods = false)
class BacklogConfiguration {

	@Bean
	BacklogReader backlogReader(AmqpAdmin admin, JdbcTemplate jdbc, Clock clock, MeterRegistry registry,
			WorkerProperties properties) {
		JobRoutes routes = properties.routes();
		return new BacklogReader("worker-backlog",
				List.of(new QueueBacklog(routes.queue(), QueueBacklog.Kind.WORK, registry),
						new QueueBacklog(routes.deadLetterQueue(), QueueBacklog.Kind.DEAD_LETTER, registry),
						new QueueBacklog(routes.retryQueue(), QueueBacklog.Kind.RETRY, registry)),
				List.of(new OutboxBacklog("compute", "job_outbox", registry)), admin, jdbc, clock,
				properties.backlogInterval());
	}

}
