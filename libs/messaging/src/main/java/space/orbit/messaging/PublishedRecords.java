package space.orbit.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Finds which events an outbox relay already put on Kafka: reads the partitions the
 * events' keys map to (as the default partitioner does), from {@code since} to the end,
 * looking at headers only. This is what lets a relay that takes over from a publisher
 * that died after Kafka took its events but before it recorded that, publish each event
 * once: it publishes only those not found.
 */
public final class PublishedRecords {

	private static final Duration POLL = Duration.ofMillis(500);

	private final Map<String, Object> consumerConfig;

	/**
	 * @param consumerConfig the service's Kafka consumer properties (its group id and
	 * deserializers are replaced: the lookup commits nothing)
	 */
	public PublishedRecords(Map<String, Object> consumerConfig) {
		Map<String, Object> config = new HashMap<>(consumerConfig);
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
		this.consumerConfig = config;
	}

	/**
	 * The values of header {@code idHeader} of the records that {@code match}, on the
	 * partitions of {@code topic} that {@code keys} map to, written since {@code since}.
	 */
	public Set<String> find(String topic, Collection<String> keys, Instant since, Predicate<Headers> match,
			String idHeader) {
		Set<String> found = new HashSet<>();
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(this.consumerConfig)) {
			List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
			if (partitions == null || partitions.isEmpty()) {
				return found;
			}
			Set<TopicPartition> assigned = new HashSet<>();
			for (String key : keys) {
				byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
				assigned.add(new TopicPartition(topic, Utils.toPositive(Utils.murmur2(bytes)) % partitions.size()));
			}
			consumer.assign(assigned);
			Map<TopicPartition, Long> query = new HashMap<>();
			assigned.forEach((partition) -> query.put(partition, since.toEpochMilli()));
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
			Set<TopicPartition> idle = new HashSet<>(assigned);
			idle.removeAll(remaining);
			consumer.pause(idle);
			while (!remaining.isEmpty()) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
					if (match.test(record.headers())) {
						found.add(text(record.headers(), idHeader));
					}
				}
				remaining.removeIf((partition) -> consumer.position(partition) >= ends.get(partition));
			}
		}
		return found;
	}

	/** The header's last value as UTF-8 text; null when absent. */
	public static String text(Headers headers, String key) {
		Header header = headers.lastHeader(key);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
