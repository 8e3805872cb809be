package space.orbit.analyzer.alerts;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import space.orbit.analyzer.AnalyzerJson;
import space.orbit.messaging.Topics;

/**
 * Consumes {@code orbit.alerts.v1} (committed records only: the topology writes exactly
 * once) and records each event in PostgreSQL. Its span continues the alert's trace.
 */
@Component
class AlertListener {

	private static final Logger log = LoggerFactory.getLogger(AlertListener.class);

	private final AlertRecorder recorder;

	private final AlertMetrics metrics;

	AlertListener(AlertRecorder recorder, AlertMetrics metrics) {
		this.recorder = recorder;
		this.metrics = metrics;
	}

	@KafkaListener(id = "alerts", topics = "${orbit.analyzer.alerts-topic:" + Topics.ALERTS + "}",
			groupId = "${orbit.analyzer.alerts.consumer-group:orbit-analyzer-alerts}")
	void onEvent(ConsumerRecord<String, byte[]> record) {
		AlertEvent event;
		try {
			event = AnalyzerJson.MAPPER.readValue(record.value(), AlertEvent.class);
		}
		catch (RuntimeException ex) {
			this.metrics.unreadable();
			log.warn("Skipping an unreadable alert event at {}-{}@{}: {}", record.topic(), record.partition(),
					record.offset(), ex.getMessage());
			return;
		}
		if (event.id() == null || event.change() == null || event.spacecraftId() == null || event.parameter() == null
				|| event.detector() == null || event.severity() == null) {
			this.metrics.unreadable();
			log.warn("Skipping an incomplete alert event at {}-{}@{}", record.topic(), record.partition(),
					record.offset());
			return;
		}
		this.recorder.record(event);
	}

}
