package space.orbit.nats;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.nats.client.Connection;
import io.nats.client.ConsumeOptions;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.MessageConsumer;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Durable JetStream consumers, started with the application and stopped before it closes
 * its connection. Each event is handled in a span that continues the publisher's trace
 * ({@code traceparent} header), then acknowledged; a failure is retried (negative
 * acknowledgement with a delay), an unreadable event terminated once a copy of it is on
 * its dead-letter subject ({@link DeadLetters}).
 * <p>
 * A consumer holds at most {@code orbit.nats.batch} events unacknowledged (16;
 * JetStream's {@code max_ack_pending}, 1,000 by default): the events it holds wait in the
 * client until handled, one after the other, and an event not acknowledged within
 * {@code ackWait} is delivered again, so more than the ack-wait can cover turns a backlog
 * into copies of itself (EventBatchIT). The bound is the server's; the client's pull size
 * (500 by default) did not bound it, and is set to the same number so that no pull asks
 * for more than the server will hand out.
 */
public class EventSubscriptions implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EventSubscriptions.class);

	private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

	private final Connection connection;

	private final NatsProperties properties;

	private final ObservationRegistry observations;

	private final DeadLetters deadLetters;

	private final List<Subscription> subscriptions = new ArrayList<>();

	private final List<MessageConsumer> running = new ArrayList<>();

	EventSubscriptions(Connection connection, NatsProperties properties, ObservationRegistry observations,
			DeadLetters deadLetters) {
		this.connection = connection;
		this.properties = properties;
		this.observations = observations;
		this.deadLetters = deadLetters;
	}

	/** Registers a durable consumer of one event type; call before start. */
	public void subscribe(String durable, String type, Consumer<InboundEvent> handler) {
		this.subscriptions.add(new Subscription(durable, type, handler));
	}

	@Override
	public synchronized void start() {
		for (Subscription subscription : this.subscriptions) {
			try {
				ConsumerContext consumer = this.connection.getStreamContext(this.properties.stream())
					.createOrUpdateConsumer(ConsumerConfiguration.builder()
						.durable(subscription.durable())
						.filterSubject(this.properties.subject(subscription.type()))
						.ackPolicy(AckPolicy.Explicit)
						.ackWait(this.properties.ackWait())
						.maxDeliver(this.properties.maxDeliver())
						.maxAckPending(this.properties.batch())
						.deliverPolicy(DeliverPolicy.All)
						.build());
				this.running.add(consumer.consume(ConsumeOptions.builder().batchSize(this.properties.batch()).build(),
						message -> handle(subscription, message)));
				log.info("Consuming {} as durable {}", subscription.type(), subscription.durable());
			}
			catch (IOException | JetStreamApiException ex) {
				throw new IllegalStateException("cannot consume " + subscription.type() + " from stream "
						+ this.properties.stream() + ": " + ex.getMessage(), ex);
			}
		}
	}

	private void handle(Subscription subscription, Message message) {
		ReceiverContext<Message> context = new ReceiverContext<>(
				(carrier, key) -> (carrier.getHeaders() != null) ? carrier.getHeaders().getFirst(key) : null);
		context.setCarrier(message);
		context.setRemoteServiceName("nats");
		String messageId = (message.getHeaders() != null) ? message.getHeaders().getFirst("Nats-Msg-Id") : null;
		long deliveries = message.metaData().deliveredCount();
		try {
			Observation.createNotStarted("orbit.events.process", () -> context, this.observations)
				.contextualName("process " + subscription.type())
				.lowCardinalityKeyValue("messaging.system", "nats")
				.lowCardinalityKeyValue("messaging.destination.name", subscription.type())
				.highCardinalityKeyValue("messaging.message.id", String.valueOf(messageId))
				.observe(() -> subscription.handler()
					.accept(new InboundEvent(subscription.type(), messageId, message.getData(), deliveries)));
			message.ack();
		}
		catch (UnreadableEventException ex) {
			giveUp(subscription.type(), message, messageId, ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("{} event {} failed (delivery {}), retried: {}", subscription.type(), messageId, deliveries,
					ex.getMessage());
			message.nakWithDelay(RETRY_DELAY);
		}
	}

	/**
	 * Terminates an unreadable event once its copy is on the dead-letter subject; if NATS
	 * does not take the copy, the event is retried instead (nothing is dropped).
	 */
	private void giveUp(String type, Message message, String messageId, String reason) {
		try {
			this.deadLetters.store(type, message, reason);
		}
		catch (IOException | JetStreamApiException | RuntimeException ex) {
			log.warn("Unreadable {} event {} not dead-lettered ({}), retried", type, messageId, ex.getMessage());
			message.nakWithDelay(RETRY_DELAY);
			return;
		}
		log.warn("Unreadable {} event {} dead-lettered and terminated: {}", type, messageId, reason);
		message.term();
	}

	@Override
	public synchronized void stop() {
		for (MessageConsumer consumer : this.running) {
			try {
				consumer.stop();
				consumer.close();
			}
			catch (Exception ex) {
				log.debug("Consumer did not stop cleanly: {}", ex.getMessage());
			}
		}
		this.running.clear();
	}

	@Override
	public synchronized boolean isRunning() {
		return !this.running.isEmpty();
	}

	private record Subscription(String durable, String type, Consumer<InboundEvent> handler) {
	}

}
