package space.orbit.messaging;

import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.kafka.config.TopicBuilder;

/**
 * Each Kafka topic as every service declares it: partitions, retention and size limits in
 * one place, so that whichever service starts first creates it the same way (a
 * declaration that differs from the broker's topic is ignored by Kafka, silently).
 */
public final class TopicDeclarations {

	/** Partitions of the telemetry and alert topics: the unit of consumer parallelism. */
	public static final int TELEMETRY_PARTITIONS = 6;

	/** Partitions of the compute results topic. */
	public static final int COMPUTE_PARTITIONS = 3;

	/** The largest record: a whole batch's chunk of frames (16 MiB). */
	public static final String MAX_MESSAGE_BYTES = "16777216";

	private static final Duration WEEK = Duration.ofDays(7);

	private static final Duration MONTH = Duration.ofDays(30);

	private TopicDeclarations() {
	}

	/** {@value Topics#TELEMETRY} (or a test's name for it): kept a week. */
	public static NewTopic telemetry(String name) {
		return TopicBuilder.name(name)
			.partitions(TELEMETRY_PARTITIONS)
			.replicas(1)
			.config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES)
			.config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(WEEK.toMillis()))
			.build();
	}

	/** {@value Topics#ALERTS}: kept a month. */
	public static NewTopic alerts(String name) {
		return TopicBuilder.name(name)
			.partitions(TELEMETRY_PARTITIONS)
			.replicas(1)
			.config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(MONTH.toMillis()))
			.build();
	}

	/** {@value Topics#COMPUTE}: results can be large (ground tracks), kept a week. */
	public static NewTopic compute(String name) {
		return TopicBuilder.name(name)
			.partitions(COMPUTE_PARTITIONS)
			.replicas(1)
			.config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES)
			.config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(WEEK.toMillis()))
			.build();
	}

	/** {@value Topics#RULES}: compacted, one partition (one order of changes). */
	public static NewTopic rules(String name) {
		return compacted(name);
	}

	/** {@value Topics#REGISTRY}: compacted, one partition (one order of changes). */
	public static NewTopic registry(String name) {
		return compacted(name);
	}

	private static NewTopic compacted(String name) {
		return TopicBuilder.name(name).partitions(1).replicas(1).compact().build();
	}

}
