package space.orbit.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Apache Kafka broker (KRaft, in this JVM), started once per test JVM and shared
 * by its tests; topics are named per test. Or the broker at
 * {@code ORBIT_TEST_KAFKA_BOOTSTRAP} if set.
 */
public final class TestKafka {

	private static String bootstrap;

	private TestKafka() {
	}

	public static synchronized String bootstrapServers() {
		if (bootstrap == null) {
			String external = System.getenv("ORBIT_TEST_KAFKA_BOOTSTRAP");
			if (external != null && !external.isBlank()) {
				bootstrap = external;
			}
			else {
				EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
				// One broker: the transaction log must live on it too (exactly-once
				// producers,
				// Kafka Streams).
				broker.brokerProperties(Map.of("message.max.bytes", "16777216", "replica.fetch.max.bytes", "16777216",
						"group.initial.rebalance.delay.ms", "0", "auto.create.topics.enable", "true",
						"transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1"));
				broker.afterPropertiesSet();
				Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "test-kafka-stop"));
				bootstrap = broker.getBrokersAsString();
			}
		}
		return bootstrap;
	}

	/**
	 * Reads a topic from the beginning until {@code done} holds for what was read.
	 * @throws AssertionError when it does not hold within the timeout (naming how many
	 * records were read)
	 */
	public static List<ConsumerRecord<String, byte[]>> readUntil(String topic,
			Predicate<List<ConsumerRecord<String, byte[]>>> done, Duration timeout) {
		return readUntil(bootstrapServers(), topic, done, timeout);
	}

	/** {@link #readUntil(String, Predicate, Duration)} on another broker. */
	public static List<ConsumerRecord<String, byte[]>> readUntil(String bootstrap, String topic,
			Predicate<List<ConsumerRecord<String, byte[]>>> done, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
			assignFromBeginning(consumer, topic, deadline);
			while (!done.test(records)) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("Read " + records.size() + " record(s) of " + topic + " in " + timeout
							+ " without reaching the expected condition");
				}
				consumer.poll(Duration.ofMillis(250)).forEach(records::add);
			}
		}
		return records;
	}

	/**
	 * Every record of a topic up to its end offsets as they are when called (all
	 * partitions): what a duplicate would add is read too, however many records there
	 * are.
	 * @throws AssertionError when the end is not reached within the timeout
	 */
	public static List<ConsumerRecord<String, byte[]>> readToEnd(String topic, Duration timeout) {
		return readToEnd(bootstrapServers(), topic, timeout);
	}

	/** {@link #readToEnd(String, Duration)} on another broker. */
	public static List<ConsumerRecord<String, byte[]>> readToEnd(String bootstrap, String topic, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
			List<TopicPartition> partitions = assignFromBeginning(consumer, topic, deadline);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
			while (!reached(consumer, end)) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("Read " + records.size() + " record(s) of " + topic + " in " + timeout
							+ " without reaching its end offsets " + end);
				}
				consumer.poll(Duration.ofMillis(250)).forEach(records::add);
			}
		}
		return records;
	}

	private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
		// position() counts transaction markers too, so a transactional topic's end is
		// reached.
		return end.entrySet().stream().allMatch((e) -> consumer.position(e.getKey()) >= e.getValue());
	}

	private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
		config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
		return new KafkaConsumer<>(config);
	}

	private static List<TopicPartition> assignFromBeginning(KafkaConsumer<String, byte[]> consumer, String topic,
			long deadline) {
		List<TopicPartition> partitions = new ArrayList<>();
		while (partitions.isEmpty()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Topic " + topic + " has no partitions (does it exist?)");
			}
			List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
			if (infos != null) {
				infos.forEach((info) -> partitions.add(new TopicPartition(topic, info.partition())));
			}
		}
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
		return partitions;
	}

	/** A header's value as text, or null. */
	public static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
