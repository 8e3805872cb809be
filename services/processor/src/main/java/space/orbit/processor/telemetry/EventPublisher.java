package space.orbit.processor.telemetry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import space.orbit.messaging.Headers;
import space.orbit.processor.ProcessorProperties;
import space.orbit.telemetry.TelemetryCodec;

/**
 * Sends telemetry events to Kafka (idempotent producer, acks=all, keyed by spacecraft) in
 * CloudEvents binary mode: the body is the data, the attributes are {@code ce_*} headers.
 */
@Component
class EventPublisher {

	static final String EVENT_TYPE = "space.orbit.telemetry.frames.v1";

	static final String CE_ID = "ce_id";

	private final KafkaTemplate<String, byte[]> kafka;

	private final String topic;

	private final Duration timeout;

	EventPublisher(KafkaTemplate<String, byte[]> kafka, ProcessorProperties properties) {
		this.kafka = kafka;
		this.topic = properties.telemetryTopic();
		this.timeout = properties.outbox().publishTimeout();
	}

	String topic() {
		return this.topic;
	}

	/** Sends every event and waits until Kafka has acknowledged all of them. */
	void publish(UUID batchId, Instant receivedAt, List<TelemetryEvent> events) {
		List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(events.size());
		for (TelemetryEvent event : events) {
			sends.add(this.kafka.send(record(batchId, receivedAt, event)));
		}
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
				.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(
					"Kafka did not take the events of batch " + batchId + ": " + ex.getCause().getMessage(),
					ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("Kafka did not acknowledge the events of batch " + batchId + " within "
					+ this.timeout + " (orbit.processor.outbox.publish-timeout)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while publishing batch " + batchId, ex);
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
		header(headers, "content-type", "application/json");
		header(headers, Headers.BATCH_ID, batchId.toString());
		header(headers, Headers.RECEIVED_AT, TelemetryCodec.formatTimestamp(receivedAt));
		header(headers, Headers.FRAME_COUNT, Integer.toString(event.frames()));
		header(headers, Headers.SAMPLE_COUNT, Integer.toString(event.samples()));
		return new ProducerRecord<>(this.topic, null, event.spacecraftId(), event.value(), headers);
	}

	private static void header(RecordHeaders headers, String key, String value) {
		headers.add(key, value.getBytes(StandardCharsets.UTF_8));
	}

}
