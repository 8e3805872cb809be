package space.orbit.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Each store read by the bench itself, not through the counters of the service that
 * writes it (issue 19: "zero loss checked by independent reads of each store"):
 * PostgreSQL's frames received in the step and the telemetry topic's records between the
 * step's start and end offsets (their sample and frame counts, whether an id repeats).
 * Not the archive yet: summing its segments' counts is a whole-collection query, which
 * the stand-in (mongo-java-server) answers by holding every matching document in its
 * heap; in the first run it ran out of memory at ~12 M archived samples. The archive is
 * counted by the enricher's counters until a read by segment id (window by window, as the
 * enricher's probe reads) is built.
 */
final class IndependentReads implements AutoCloseable {

	private static final String FRAMES = """
			SELECT count(*), coalesce(sum(sample_count), 0) FROM %s.telemetry_frame
			WHERE received_at >= ? AND received_at <= ?""";

	private final BenchOptions options;

	private final KafkaConsumer<byte[], byte[]> consumer;

	IndependentReads(BenchOptions options) {
		this.options = options;
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafkaBootstrap());
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
		this.consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	/** Where each store stands before a step. */
	Mark mark() {
		return new Mark(Instant.now(), this.consumer.endOffsets(partitions(), Duration.ofSeconds(30)));
	}

	/** What each store holds of the step that began at {@code before}. */
	StepResult.Reads read(Mark before) {
		Instant until = Instant.now();
		long[] frames = frames(before.at(), until);
		Map<TopicPartition, Long> end = this.consumer.endOffsets(partitions(), Duration.ofSeconds(30));
		Topic topic = topic(before.offsets(), end);
		return new StepResult.Reads(frames[0], frames[1], topic.records(), topic.frames(), topic.samples(),
				topic.repeatedIds(), topic.otherContentType());
	}

	private long[] frames(Instant from, Instant to) {
		try (Connection connection = DriverManager.getConnection(this.options.postgresUrl(),
				this.options.postgresUser(), "");
				PreparedStatement statement = connection
					.prepareStatement(FRAMES.formatted(this.options.processorSchema()))) {
			statement.setTimestamp(1, Timestamp.from(from));
			statement.setTimestamp(2, Timestamp.from(to));
			try (ResultSet row = statement.executeQuery()) {
				row.next();
				return new long[] { row.getLong(1), row.getLong(2) };
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read " + this.options.processorSchema() + ".telemetry_frame at "
					+ this.options.postgresUrl() + " (ORBIT_POSTGRES_URL, ORBIT_PROCESSOR_SCHEMA): " + ex.getMessage(),
					ex);
		}
	}

	private Topic topic(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
		this.consumer.assign(to.keySet());
		to.keySet().forEach((partition) -> this.consumer.seek(partition, from.getOrDefault(partition, 0L)));
		Set<String> ids = new HashSet<>();
		long records = 0;
		long frames = 0;
		long samples = 0;
		long repeated = 0;
		long other = 0;
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (!reached(to)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("could not read " + this.options.telemetryTopic() + " to " + to
						+ " within 120 s at " + this.options.kafkaBootstrap());
			}
			for (ConsumerRecord<byte[], byte[]> record : this.consumer.poll(Duration.ofMillis(500))) {
				if (record.offset() >= to.get(new TopicPartition(record.topic(), record.partition()))) {
					continue;
				}
				records++;
				frames += number(record, "orbit-frame-count");
				samples += number(record, "orbit-sample-count");
				repeated += ids.add(header(record, "ce_id")) ? 0 : 1;
				other += StepResult.Reads.CONTENT_TYPE.equals(header(record, "content-type")) ? 0 : 1;
			}
		}
		return new Topic(records, frames, samples, repeated, other);
	}

	private boolean reached(Map<TopicPartition, Long> to) {
		for (Map.Entry<TopicPartition, Long> end : to.entrySet()) {
			if (this.consumer.position(end.getKey()) < end.getValue()) {
				return false;
			}
		}
		return true;
	}

	private List<TopicPartition> partitions() {
		List<PartitionInfo> infos = this.consumer.partitionsFor(this.options.telemetryTopic(), Duration.ofSeconds(30));
		if (infos == null || infos.isEmpty()) {
			throw new IllegalStateException("no topic " + this.options.telemetryTopic() + " at "
					+ this.options.kafkaBootstrap() + " (ORBIT_TELEMETRY_TOPIC, ORBIT_KAFKA_BOOTSTRAP)");
		}
		return infos.stream().map((info) -> new TopicPartition(info.topic(), info.partition())).toList();
	}

	private static long number(ConsumerRecord<byte[], byte[]> record, String name) {
		String value = header(record, name);
		return (value != null) ? Long.parseLong(value) : 0;
	}

	private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	@Override
	public void close() {
		this.consumer.close();
	}

	/**
	 * Where the stores stood before a step.
	 *
	 * @param at the time, from which PostgreSQL's frames are the step's by their receipt
	 * @param offsets the telemetry topic's end offsets
	 */
	record Mark(Instant at, Map<TopicPartition, Long> offsets) {
	}

	private record Topic(long records, long frames, long samples, long repeatedIds, long otherContentType) {
	}

}
