package space.orbit.processor.telemetry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import space.orbit.messaging.Headers;
import space.orbit.processor.ProcessorProperties;
import space.orbit.telemetry.TelemetryCodec;
import space.orbit.telemetry.columnar.TelemetryRecords;

/**
 * Sends telemetry events to Kafka (idempotent producer, acks=all, keyed by spacecraft) in
 * CloudEvents binary mode: the body is the data, the attributes are {@code ce_*} headers.
 * An attempt is over only when every one of its records is settled: when it fails, none
 * is left in the producer to reach Kafka later, behind the back of whoever publishes the
 * batch next (the outbox sweeper). So an attempt lasts at most {@link #attemptLimit()},
 * which the outbox lease must exceed.
 */
@Component
class EventPublisher {

	static final String EVENT_TYPE = TelemetryRecords.COLUMNS_EVENT_TYPE;

	static final String CE_ID = "ce_id";

	private final KafkaTemplate<String, byte[]> kafka;

	private final String topic;

	private final Duration timeout;

	private final Duration settleLimit;

	private final Duration attemptLimit;

	EventPublisher(KafkaTemplate<String, byte[]> kafka, KafkaProperties kafkaProperties,
			ProcessorProperties properties) {
		this.kafka = kafka;
		this.topic = properties.telemetryTopic();
		this.timeout = properties.outbox().publishTimeout();
		Map<String, Object> producer = kafkaProperties.buildProducerProperties();
		Duration delivery = millis(producer, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
		this.settleLimit = max(this.timeout, delivery).plusSeconds(1);
		this.attemptLimit = millis(producer, ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000).plus(this.settleLimit);
		Duration lease = properties.outbox().lease();
		if (lease.compareTo(this.attemptLimit) <= 0) {
			throw new IllegalStateException("orbit.processor.outbox.lease (" + lease
					+ ") must be longer than a publish attempt can last (" + this.attemptLimit
					+ ": the producer's max.block.ms + the longer of orbit.processor.outbox.publish-timeout and its "
					+ "delivery.timeout.ms), or the sweeper could publish a batch whose first attempt is still on "
					+ "its way");
		}
	}

	String topic() {
		return this.topic;
	}

	/** How long one {@link #publish} can last, failed or not. */
	Duration attemptLimit() {
		return this.attemptLimit;
	}

	/**
	 * Sends every event and waits until Kafka has acknowledged all of them; throws when
	 * it did not, once every send is settled.
	 */
	void publish(UUID batchId, Instant receivedAt, List<TelemetryEvent> events) {
		List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(events.size());
		CompletableFuture<Void> all;
		try {
			for (TelemetryEvent event : events) {
				sends.add(this.kafka.send(record(batchId, receivedAt, event)));
			}
		}
		finally {
			all = CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
			if (sends.size() < events.size()) {
				settle(all, batchId);
			}
		}
		try {
			all.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(
					"Kafka did not take the events of batch " + batchId + ": " + ex.getCause().getMessage(),
					ex.getCause());
		}
		catch (TimeoutException ex) {
			settle(all, batchId);
			throw new IllegalStateException("Kafka did not acknowledge the events of batch " + batchId + " within "
					+ this.timeout + " (orbit.processor.outbox.publish-timeout)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while publishing batch " + batchId, ex);
		}
	}

	/**
	 * Waits until the producer has settled every send (it does within its
	 * delivery.timeout.ms), whatever the outcome.
	 */
	private void settle(CompletableFuture<Void> all, UUID batchId) {
		try {
			all.handle((result, failure) -> null).get(this.settleLimit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("the events of batch " + batchId + " were not settled within "
					+ this.settleLimit + "; is delivery.timeout.ms set?", ex);
		}
	}

	private ProducerRecord<String, byte[]> record(UUID batchId, Instant receivedAt, TelemetryEvent event) {
		RecordHeaders headers = new RecordHeaders();
		header(headers, "ce_specversion", "1.0");
		header(headers, CE_ID, event.id());
		header(headers, "ce_source", "/orbit/processor");
		header(headers, "ce_type", EVENT_TYPE);
		header(headers, "ce_subject", event.spacecraftId());
		header(headers, "ce_time", TelemetryCodec.formatTimestamp(receivedAt));
		header(headers, Headers.CONTENT_TYPE, TelemetryRecords.COLUMNS_CONTENT_TYPE);
		header(headers, Headers.BATCH_ID, batchId.toString());
		header(headers, Headers.RECEIVED_AT, TelemetryCodec.formatTimestamp(receivedAt));
		header(headers, Headers.FRAME_COUNT, Integer.toString(event.frames()));
		header(headers, Headers.SAMPLE_COUNT, Integer.toString(event.samples()));
		return new ProducerRecord<>(this.topic, null, event.spacecraftId(), event.value(), headers);
	}

	private static void header(RecordHeaders headers, String key, String value) {
		headers.add(key, value.getBytes(StandardCharsets.UTF_8));
	}

	private static Duration millis(Map<String, Object> config, String name, long fallback) {
		Object value = config.get(name);
		return Duration.ofMillis((value != null) ? Long.parseLong(value.toString().trim()) : fallback);
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

}
