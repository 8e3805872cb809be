package space.orbit.worker.jobs;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageBuilderSupport;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;
import space.orbit.kit.web.DependencyUnavailableException;
import space.orbit.worker.JobRoutes;

/**
 * Puts a job on {@code compute.jobs}: a persistent message carrying the job's id, at the
 * job's priority, confirmed by the broker before the request is answered.
 */
@Component
class JobQueue {

	static final String SCHEMA = "compute-job/1";

	private static final long CONFIRM_TIMEOUT_MS = 5_000;

	private final RabbitTemplate rabbit;

	private final JobRoutes routes;

	JobQueue(RabbitTemplate rabbit, JobRoutes routes) {
		this.rabbit = rabbit;
		this.routes = routes;
	}

	void publish(UUID id, int priority) {
		Message message = MessageBuilder.withBody(("{\"jobId\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8))
			.setContentType("application/json")
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.setPriority(priority)
			.setMessageId(id.toString())
			.setHeader("orbit-schema", SCHEMA)
			.build();
		try {
			sendConfirmed(this.routes.exchange(), this.routes.routingKey(), message);
		}
		catch (AmqpException ex) {
			throw new DependencyUnavailableException("rabbitmq",
					"The job queue did not take the job (" + ex.getMessage() + "); nothing was queued, try again.",
					Duration.ofSeconds(5), ex);
		}
	}

	/**
	 * Puts a delivered job message back after {@code delay}: a persistent copy (same id,
	 * priority and headers) on the retry queue, which expires it back onto
	 * {@code compute.jobs}. Confirmed by the broker before it returns, so the caller may
	 * then ack the delivery; if it throws, nothing was put back and the delivery must
	 * stay unacked.
	 */
	void retryLater(Message delivered, Duration delay) {
		MessageProperties properties = delivered.getMessageProperties();
		MessageBuilderSupport<Message> copy = MessageBuilder.withBody(delivered.getBody())
			.setContentType(properties.getContentType())
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.setPriority(properties.getPriority())
			.setMessageId(properties.getMessageId())
			.setExpiration(Long.toString(Math.max(1, delay.toMillis())));
		properties.getHeaders().forEach((name, value) -> {
			if (!name.startsWith("x-")) {
				copy.setHeader(name, value);
			}
		});
		sendConfirmed("", this.routes.retryQueue(), copy.build());
	}

	/** Sends on a channel of its own and waits for the broker's confirmation. */
	private void sendConfirmed(String exchange, String routingKey, Message message) {
		this.rabbit.invoke((operations) -> {
			operations.send(exchange, routingKey, message);
			operations.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MS);
			return null;
		});
	}

}
