package space.orbit.analyzer.detection;

import org.apache.kafka.streams.KafkaStreams;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Readiness of detection: up while Kafka Streams runs or rebalances; down before it
 * started (Kafka unreachable), after it failed, or while it shuts down.
 */
final class StreamsHealthIndicator implements HealthIndicator {

	private final AnalyzerStreams streams;

	StreamsHealthIndicator(AnalyzerStreams streams) {
		this.streams = streams;
	}

	@Override
	public Health health() {
		KafkaStreams.State state = this.streams.state();
		Health.Builder builder = switch (state) {
			case RUNNING, REBALANCING -> Health.up();
			default -> Health.down();
		};
		return builder.withDetail("state", state.name()).build();
	}

}
