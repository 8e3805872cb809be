package space.orbit.worker.jobs;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import space.orbit.worker.WorkerProperties;

/**
 * Publishes results that were committed but not recorded as published (their worker died
 * between the commit and Kafka's acknowledgement, or between that and deleting the outbox
 * row: {@link ResultPublisher#recover} looks on Kafka first), and queues jobs that were
 * stored but never queued (their worker died between the insert and RabbitMQ's
 * confirmation).
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
			for (JobStore.OutboxRow row : this.store.takeAbandonedOutbox(this.settings.lease(), 50)) {
				this.publisher.recover(row);
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
