package space.orbit.worker.jobs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import space.orbit.messaging.Headers;
import space.orbit.worker.WorkerProperties;

/**
 * Publishes an ended job's {@link JobCompleted} event to Kafka (CloudEvents binary mode,
 * key and {@code ce_id} = the job id), then deletes its outbox row. If Kafka does not
 * take it, the row stays for the sweeper.
 */
@Component
class ResultPublisher {

	private static final Logger log = LoggerFactory.getLogger(ResultPublisher.class);

	private static final long TIMEOUT_SECONDS = 15;

	private final KafkaTemplate<String, byte[]> kafka;

	private final JobStore store;

	private final JsonMapper json;

	private final JobMetrics metrics;

	private final String topic;

	ResultPublisher(KafkaTemplate<String, byte[]> kafka, JobStore store, JsonMapper json, JobMetrics metrics,
			WorkerProperties properties) {
		this.kafka = kafka;
		this.store = store;
		this.json = json;
		this.metrics = metrics;
		this.topic = properties.computeTopic();
	}

	/** Publishes the job's event; true when Kafka acknowledged it. */
	boolean publish(UUID id) {
		JobRecord job = this.store.find(id).orElse(null);
		if (job == null || !this.store.outboxPending(id)) {
			return true;
		}
		String result = (job.state() == JobState.SUCCEEDED) ? this.store.result(id).orElse(null) : null;
		JobCompleted event = new JobCompleted(id, job.type(), job.state(), job.attempts(), job.createdAt(),
				job.finishedAt(), job.error(), result);
		try {
			this.kafka.send(record(event)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			log.warn("Kafka did not take the result of job {} ({}); the outbox sweeper will retry", id,
					ex.getMessage());
			return false;
		}
		this.store.published(id);
		this.metrics.published(this.topic);
		return true;
	}

	private ProducerRecord<String, byte[]> record(JobCompleted event) {
		RecordHeaders headers = new RecordHeaders();
		Instant time = (event.finishedAt() != null) ? event.finishedAt() : Instant.now();
		header(headers, "ce_specversion", "1.0");
		header(headers, "ce_id", event.jobId().toString());
		header(headers, "ce_source", "/orbit/worker");
		header(headers, "ce_type", event.eventType());
		header(headers, "ce_subject", event.type().name());
		header(headers, "ce_time", time.toString());
		header(headers, "content-type", "application/json");
		header(headers, Headers.SCHEMA, "compute-job-completed/1");
		return new ProducerRecord<>(this.topic, null, event.jobId().toString(), this.json.writeValueAsBytes(event),
				headers);
	}

	private static void header(RecordHeaders headers, String key, String value) {
		headers.add(key, value.getBytes(StandardCharsets.UTF_8));
	}

}
