package space.orbit.processor.telemetry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.utils.Utils;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;
import space.orbit.messaging.Headers;

/**
 * Finds which of a batch's events already reached Kafka: reads the partitions its keys
 * map to, from shortly before the outbox row was written to the end, looking at headers
 * only. This is what lets a recovered batch be published once even when its publisher
 * died after Kafka took the events but before the outbox row was deleted.
 */
@Component
class PublishedEventFinder {

	private static final Duration POLL = Duration.ofMillis(500);

	private final Map<String, Object> consumerConfig;

	PublishedEventFinder(KafkaProperties kafka) {
		Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
		this.consumerConfig = config;
	}

	/** The ids of the batch's events found on the topic since {@code since}. */
	Set<String> published(String topic, String batchId, List<TelemetryEvent> events, Instant since) {
		Set<String> found = new HashSet<>();
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(this.consumerConfig)) {
			List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
			if (partitions == null || partitions.isEmpty()) {
				return found;
			}
			Set<TopicPartition> assigned = new HashSet<>();
			for (TelemetryEvent event : events) {
				byte[] key = event.spacecraftId().getBytes(StandardCharsets.UTF_8);
				assigned.add(new TopicPartition(topic, Utils.toPositive(Utils.murmur2(key)) % partitions.size()));
			}
			consumer.assign(assigned);
			Map<TopicPartition, Long> query = new HashMap<>();
			assigned.forEach(partition -> query.put(partition, since.toEpochMilli()));
			Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(query);
			Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
			Set<TopicPartition> remaining = new HashSet<>();
			for (TopicPartition partition : assigned) {
				OffsetAndTimestamp start = starts.get(partition);
				if (start != null && start.offset() < ends.get(partition)) {
					consumer.seek(partition, start.offset());
					remaining.add(partition);
				}
			}
			consumer.pause(difference(assigned, remaining));
			while (!remaining.isEmpty()) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
					if (batchId.equals(text(record.headers().lastHeader(Headers.BATCH_ID)))) {
						found.add(text(record.headers().lastHeader(EventPublisher.CE_ID)));
					}
				}
				remaining.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
			}
		}
		return found;
	}

	private static Set<TopicPartition> difference(Set<TopicPartition> all, Set<TopicPartition> some) {
		Set<TopicPartition> rest = new HashSet<>(all);
		rest.removeAll(some);
		return rest;
	}

	private static String text(Header header) {
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
