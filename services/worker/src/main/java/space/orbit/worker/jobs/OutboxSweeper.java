package space.orbit.worker.jobs;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import space.orbit.worker.WorkerProperties;

/**
 * Publishes results that were committed but never published (their worker died between
 * the commit and Kafka's acknowledgement), and queues jobs that were stored but never
 * queued (their worker died between the insert and RabbitMQ's confirmation).
 */
@Component
class OutboxSweeper {

	private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);

	private final JobStore store;

	private final ResultPublisher publisher;

	private final WorkerProperties.Outbox settings;

	private final JobQueue queue;

	OutboxSweeper(JobStore store, ResultPublisher publisher, JobQueue queue, WorkerProperties properties) {
		this.store = store;
		this.publisher = publisher;
		this.queue = queue;
		this.settings = properties.outbox();
	}

	@Scheduled(fixedDelayString = "${orbit.worker.outbox.sweep-interval:5s}",
			initialDelayString = "${orbit.worker.outbox.sweep-interval:5s}")
	void sweep() {
		try {
			for (UUID id : this.store.abandonedOutbox(this.settings.lease(), 50)) {
				log.info("Publishing the result of job {}, left unpublished", id);
				this.publisher.publish(id);
			}
			for (UUID id : this.store.dispatchAbandoned(this.settings.lease(), 50, this.queue::publish)) {
				log.info("Queued job {}, left undispatched", id);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Outbox sweep failed: {}", ex.getMessage());
		}
	}

}
