package space.orbit.worker.jobs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import space.orbit.messaging.Headers;
import space.orbit.messaging.PublishedRecords;
import space.orbit.worker.WorkerProperties;

/**
 * Publishes an ended job's {@link JobCompleted} event to Kafka (CloudEvents binary mode,
 * key and {@code ce_id} = the job id), then deletes its outbox row. If Kafka does not
 * take it, the row stays for the sweeper. A publisher first takes the row: one taken by
 * another less than the outbox lease ago is left to it. One taken over from a publisher
 * that may have died is looked for on Kafka first, and published only if not there: so
 * the event is published once even when its publisher died after Kafka took it but before
 * the row was deleted.
 */
@Component
class ResultPublisher {

	private static final Logger log = LoggerFactory.getLogger(ResultPublisher.class);

	private static final long TIMEOUT_SECONDS = 15;

	private static final String CE_ID = "ce_id";

	private final KafkaTemplate<String, byte[]> kafka;

	private final JobStore store;

	private final JsonMapper json;

	private final JobMetrics metrics;

	private final String topic;

	private final PublishedRecords published;

	private final WorkerProperties.Outbox outbox;

	ResultPublisher(KafkaTemplate<String, byte[]> kafka, KafkaProperties kafkaProperties, JobStore store,
			JsonMapper json, JobMetrics metrics, WorkerProperties properties) {
		this.kafka = kafka;
		this.store = store;
		this.json = json;
		this.metrics = metrics;
		this.topic = properties.computeTopic();
		this.outbox = properties.outbox();
		this.published = new PublishedRecords(kafkaProperties.buildConsumerProperties());
	}

	/**
	 * Publishes the event of a job this thread has just ended; true when Kafka
	 * acknowledged it, or another publisher has it.
	 */
	boolean publish(UUID id) {
		if (this.store.takeOutbox(id, this.outbox.lease()).isEmpty()) {
			return true;
		}
		return send(id);
	}

	/**
	 * Publishes the event of a job that ended before (its message came again), unless
	 * another publisher has it or Kafka has it already.
	 */
	boolean recover(UUID id) {
		Optional<JobStore.OutboxRow> row = this.store.takeOutbox(id, this.outbox.lease());
		return row.isEmpty() || recover(row.get());
	}

	/**
	 * Publishes the event of an outbox row taken over from a publisher that may have
	 * died, unless Kafka has it already; true when it is on Kafka.
	 */
	boolean recover(JobStore.OutboxRow row) {
		String id = row.jobId().toString();
		Set<String> found;
		try {
			found = this.published.find(this.topic, List.of(id), row.createdAt().minus(this.outbox.recoveryClockSkew()),
					(headers) -> id.equals(PublishedRecords.text(headers, CE_ID)), CE_ID);
		}
		catch (RuntimeException ex) {
			log.warn("Could not read {} to see whether the result of job {} is there ({}); the outbox sweeper will "
					+ "retry", this.topic, id, ex.getMessage());
			return false;
		}
		if (!found.isEmpty()) {
			this.store.published(row.jobId());
			log.info("The result of job {} was on {} already: its publisher died before recording it", id, this.topic);
			return true;
		}
		log.info("Publishing the result of job {}, left unpublished", id);
		return send(row.jobId());
	}

	private boolean send(UUID id) {
		JobRecord job = this.store.find(id).orElse(null);
		if (job == null) {
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
		header(headers, CE_ID, event.jobId().toString());
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
