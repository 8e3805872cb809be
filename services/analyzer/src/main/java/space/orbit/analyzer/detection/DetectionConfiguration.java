package space.orbit.analyzer.detection;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import space.orbit.analyzer.AnalyzerProperties;
import space.orbit.kit.observability.TraceContexts;
import space.orbit.messaging.KafkaHealthIndicator;
import space.orbit.messaging.TopicDeclarations;

/** The topics, the Kafka Streams application that runs the topology, and its health. */
@Configuration(proxyBeanMethods = false)
class DetectionConfiguration {

	@Bean
	NewTopic alertsTopic(AnalyzerProperties properties) {
		return TopicDeclarations.alerts(properties.alertsTopic());
	}

	@Bean
	NewTopic rulesTopic(AnalyzerProperties properties) {
		return TopicDeclarations.rules(properties.rulesTopic());
	}

	@Bean
	NewTopic registryTopic(AnalyzerProperties properties) {
		return TopicDeclarations.registry(properties.registryTopic());
	}

	@Bean
	NewTopic telemetryTopic(AnalyzerProperties properties) {
		return TopicDeclarations.telemetry(properties.telemetryTopic());
	}

	@Bean
	DetectionMetrics detectionMetrics(MeterRegistry registry) {
		return new DetectionMetrics(registry);
	}

	@Bean
	AlertTracing alertTracing(TraceContexts traces) {
		return new SpanAlertTracing(traces);
	}

	@Bean
	AnalyzerStreams analyzerStreams(AnalyzerProperties properties, KafkaProperties kafka, KafkaAdmin admin,
			DetectionMetrics metrics, AlertTracing tracing, MeterRegistry registry) {
		AnalyzerProperties.Detection detection = properties.detection();
		DetectionSettings settings = new DetectionSettings(detection.punctuateInterval(), detection.updateInterval(),
				detection.forgetAfter(), detection.stormMaxNewAlerts(), detection.stormWindow(), true);
		AnalyzerTopology.Topics topics = new AnalyzerTopology.Topics(properties.telemetryTopic(),
				properties.rulesTopic(), properties.alertsTopic(), properties.registryTopic());
		return new AnalyzerStreams(AnalyzerTopology.build(topics, settings, metrics, tracing),
				SkipFailedRecords.configure(streamsProperties(properties.streams(), kafka), metrics), admin, registry);
	}

	@Bean
	HealthIndicator streamsHealthIndicator(AnalyzerStreams streams) {
		return new StreamsHealthIndicator(streams);
	}

	@Bean
	HealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
		return new KafkaHealthIndicator(admin, Duration.ofSeconds(3));
	}

	static Properties streamsProperties(AnalyzerProperties.Streams streams, KafkaProperties kafka) {
		Properties properties = new Properties();
		properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()));
		properties.put(StreamsConfig.APPLICATION_ID_CONFIG, streams.applicationId());
		properties.put(StreamsConfig.STATE_DIR_CONFIG, streams.stateDir());
		properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streams.threads());
		properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		properties.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, streams.commitInterval().toMillis());
		properties.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 16L * 1024 * 1024);
		properties.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
		properties.put(BoundedRocksDbMemory.TOTAL_BYTES, streams.rocksdbMemory().toBytes());
		properties.putAll(Map.of(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG),
				16 * 1024 * 1024, StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), 64 * 1024 * 1024,
				StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5,
				StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 16 * 1024 * 1024));
		return properties;
	}

}
