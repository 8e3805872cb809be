package space.orbit.messaging;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;

/**
 * The RabbitMQ topology of telemetry: a durable direct exchange, the processor's quorum
 * queue dead-lettering to a durable DLQ. Both ingest and the processor declare it
 * (declarations are idempotent), so neither depends on the other having started first.
 */
public final class TelemetryQueueDeclarations {

	/**
	 * Deliveries of one message before RabbitMQ dead-letters it: a backstop against crash
	 * loops.
	 */
	public static final int DELIVERY_LIMIT = 20;

	private TelemetryQueueDeclarations() {
	}

	public static Declarables declarables(TelemetryRoutes routes) {
		DirectExchange exchange = ExchangeBuilder.directExchange(routes.exchange()).durable(true).build();
		DirectExchange deadLetterExchange = ExchangeBuilder.directExchange(routes.deadLetterExchange())
			.durable(true)
			.build();
		Queue queue = QueueBuilder.durable(routes.queue())
			.quorum()
			.deliveryLimit(DELIVERY_LIMIT)
			.deadLetterExchange(routes.deadLetterExchange())
			.deadLetterRoutingKey(routes.routingKey())
			.build();
		Queue deadLetterQueue = QueueBuilder.durable(routes.deadLetterQueue()).quorum().build();
		Binding binding = BindingBuilder.bind(queue).to(exchange).with(routes.routingKey());
		Binding deadLetterBinding = BindingBuilder.bind(deadLetterQueue)
			.to(deadLetterExchange)
			.with(routes.routingKey());
		return new Declarables(exchange, deadLetterExchange, queue, deadLetterQueue, binding, deadLetterBinding);
	}

}
