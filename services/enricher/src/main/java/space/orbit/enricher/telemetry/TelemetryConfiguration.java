package space.orbit.enricher.telemetry;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import space.orbit.enricher.EnricherProperties;
import space.orbit.enricher.archive.SegmentWriter;
import space.orbit.enricher.enrichment.DerivedParameter;
import space.orbit.enricher.enrichment.Enricher;
import space.orbit.enricher.registry.Registry;
import space.orbit.enricher.registry.RegistryLoaded;
import space.orbit.kit.observability.TraceContexts;
import space.orbit.messaging.KafkaHealthIndicator;
import space.orbit.messaging.TopicDeclarations;

/**
 * The telemetry listener (started once the registry is loaded), its retries, the topic
 * and Kafka's health.
 */
@Configuration(proxyBeanMethods = false)
class TelemetryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TelemetryConfiguration.class);

	@Bean
	NewTopic telemetryTopic(EnricherProperties properties) {
		return TopicDeclarations.telemetry(properties.telemetryTopic());
	}

	@Bean
	Enricher enricher(Registry registry, EnricherProperties properties) {
		List<DerivedParameter> derived = properties.derived()
			.stream()
			.map(d -> new DerivedParameter(d.name(), DerivedParameter.Operation.valueOf(d.operation().name()),
					d.inputs(), d.unit()))
			.toList();
		return new Enricher(registry, derived);
	}

	@Bean
	ArchiveMetrics archiveMetrics(MeterRegistry registry) {
		return new ArchiveMetrics(registry);
	}

	@Bean
	TelemetryListener telemetryListener(Enricher enricher, SegmentWriter writer, ArchiveMetrics metrics,
			TraceContexts traces, Clock clock, EnricherProperties properties) {
		return new TelemetryListener(enricher, writer, metrics, traces, clock, properties.writeSamples());
	}

	/**
	 * A batch that cannot be written (MongoDB down) is retried with back-off, without
	 * end: nothing is committed, nothing skipped.
	 */
	@Bean
	CommonErrorHandler archiveErrorHandler() {
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxInterval(10_000);
		DefaultErrorHandler handler = new DefaultErrorHandler(backOff);
		handler.setLogLevel(org.springframework.kafka.KafkaException.Level.WARN);
		return handler;
	}

	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
		return new KafkaHealthIndicator(admin, Duration.ofSeconds(3));
	}

	/** Telemetry is archived only once the registry has caught up (its readiness). */
	@Bean
	ApplicationListener<PayloadApplicationEvent<RegistryLoaded>> startArchiving(
			KafkaListenerEndpointRegistry listeners) {
		return ApplicationListener.forPayload((loaded) -> {
			log.info("Registry loaded ({} records): archiving telemetry", loaded.recordsRead());
			listeners.getListenerContainer(TelemetryListener.ID).start();
		});
	}

}
