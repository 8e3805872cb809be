package space.orbit.processor.telemetry;

import java.io.IOException;

import com.rabbitmq.client.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import space.orbit.processor.internal.Chaos;
import space.orbit.telemetry.InvalidTelemetryException;
import space.orbit.telemetry.MalformedTelemetryException;
import space.orbit.telemetry.RawTelemetryBatch;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.telemetry.TelemetryCodec;

/**
 * Consumes {@code processor.telemetry} with manual acks: a batch is acked only after its
 * frames and outbox row are committed (and, normally, its events are on Kafka). A poison
 * message is rejected to the dead-letter queue; a transient failure holds the message and
 * retries.
 */
@Component
class TelemetryListener {

	private static final Logger log = LoggerFactory.getLogger(TelemetryListener.class);

	private final TelemetryCodec codec;

	private final StoreBatch store;

	private final OutboxRelay relay;

	private final Retrier retrier;

	private final TelemetryMetrics metrics;

	private final Chaos chaos;

	TelemetryListener(TelemetryCodec codec, StoreBatch store, OutboxRelay relay, Retrier retrier,
			TelemetryMetrics metrics, Chaos chaos) {
		this.codec = codec;
		this.store = store;
		this.relay = relay;
		this.retrier = retrier;
		this.metrics = metrics;
		this.chaos = chaos;
	}

	@RabbitListener(id = "telemetry", queues = "#{@telemetryRoutes.queue()}")
	void onBatch(Message message, Channel channel) throws IOException {
		long tag = message.getMessageProperties().getDeliveryTag();
		RawTelemetryBatch raw;
		try {
			raw = this.codec.readWithRawSamples(message.getBody());
		}
		catch (MalformedTelemetryException | InvalidTelemetryException ex) {
			deadLetter(channel, tag, message, "invalid", ex);
			return;
		}
		TelemetryBatch batch = raw.batch();
		try {
			StoredBatch stored = this.retrier.run("Storing batch " + batch.batchId(), () -> this.store.store(raw));
			this.metrics.stored(stored);
			this.chaos.afterCommit(batch.batchId());
			if (!stored.newFrames().isEmpty()) {
				this.relay.publish(stored);
			}
			channel.basicAck(tag, false);
		}
		catch (Retrier.GiveUpException ex) {
			deadLetter(channel, tag, message, ex.kind().name().toLowerCase(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			channel.basicNack(tag, false, true);
		}
	}

	private void deadLetter(Channel channel, long tag, Message message, String reason, Exception ex)
			throws IOException {
		log.error("Dead-lettering message {} ({}): {}", message.getMessageProperties().getMessageId(), reason,
				ex.getMessage());
		this.metrics.deadLettered(reason);
		channel.basicReject(tag, false);
	}

}
