package space.orbit.processor.telemetry;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;
import space.orbit.messaging.Headers;
import space.orbit.messaging.PublishedRecords;

/**
 * Finds which of a batch's events already reached Kafka: those of its records, on the
 * partitions its spacecraft map to, that carry its batch id. This is what lets a
 * recovered batch be published once even when its publisher died after Kafka took the
 * events but before the outbox row was deleted.
 */
@Component
class PublishedEventFinder {

	private final PublishedRecords records;

	PublishedEventFinder(KafkaProperties kafka) {
		this.records = new PublishedRecords(kafka.buildConsumerProperties());
	}

	/** The ids of the batch's events found on the topic since {@code since}. */
	Set<String> published(String topic, String batchId, List<TelemetryEvent> events, Instant since) {
		return this.records.find(topic, events.stream().map(TelemetryEvent::spacecraftId).toList(), since,
				(headers) -> batchId.equals(PublishedRecords.text(headers, Headers.BATCH_ID)), EventPublisher.CE_ID);
	}

}
