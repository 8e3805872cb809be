package space.orbit.worker.jobs;

import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import space.orbit.messaging.KafkaHealthIndicator;
import space.orbit.messaging.TopicDeclarations;
import space.orbit.worker.JobRoutes;
import space.orbit.worker.WorkerProperties;

/**
 * The job queue (a durable classic queue with 10 priorities, dead-lettering to
 * {@code compute.jobs.dlq}), the results topic, and Kafka's health.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

	/** Message priorities 0-9. */
	static final int MAX_PRIORITY = 10;

	@Bean
	JobRoutes jobRoutes(WorkerProperties properties) {
		return properties.routes();
	}

	@Bean
	Declarables jobTopology(JobRoutes routes) {
		DirectExchange exchange = ExchangeBuilder.directExchange(routes.exchange()).durable(true).build();
		DirectExchange deadLetterExchange = ExchangeBuilder.directExchange(routes.deadLetterExchange())
			.durable(true)
			.build();
		Queue queue = QueueBuilder.durable(routes.queue())
			.maxPriority(MAX_PRIORITY)
			.deadLetterExchange(routes.deadLetterExchange())
			.deadLetterRoutingKey(routes.routingKey())
			.build();
		Queue deadLetterQueue = QueueBuilder.durable(routes.deadLetterQueue()).build();
		Queue retryQueue = QueueBuilder.durable(routes.retryQueue())
			.deadLetterExchange(routes.exchange())
			.deadLetterRoutingKey(routes.routingKey())
			.build();
		Binding binding = BindingBuilder.bind(queue).to(exchange).with(routes.routingKey());
		Binding deadLetterBinding = BindingBuilder.bind(deadLetterQueue)
			.to(deadLetterExchange)
			.with(routes.routingKey());
		return new Declarables(exchange, deadLetterExchange, queue, deadLetterQueue, retryQueue, binding,
				deadLetterBinding);
	}

	@Bean
	NewTopic computeTopic(WorkerProperties properties) {
		return TopicDeclarations.compute(properties.computeTopic());
	}

	@Bean
	HealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
		return new KafkaHealthIndicator(admin, Duration.ofSeconds(3));
	}

}
