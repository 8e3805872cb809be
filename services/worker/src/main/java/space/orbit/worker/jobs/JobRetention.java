package space.orbit.worker.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import space.orbit.worker.WorkerProperties;

/**
 * Deletes ended jobs older than {@code orbit.worker.retention.keep} (7 days), their
 * results with them, every {@code orbit.worker.retention.sweep-interval}; counted as
 * {@code orbit_worker_jobs_expired_total}. A plain DELETE of rows no one writes any more:
 * several instances sweeping at once delete each job once.
 */
@Component
class JobRetention {

	private static final Logger log = LoggerFactory.getLogger(JobRetention.class);

	/** Batches in one sweep at most: the next sweep takes the rest. */
	private static final int MAX_BATCHES = 100;

	private final JobStore store;

	private final WorkerProperties.Retention settings;

	private final Counter expired;

	JobRetention(JobStore store, WorkerProperties properties, MeterRegistry registry) {
		this.store = store;
		this.settings = properties.retention();
		this.expired = Counter.builder("orbit.worker.jobs.expired")
			.description("Ended jobs deleted after orbit.worker.retention.keep")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "${orbit.worker.retention.sweep-interval:10m}",
			initialDelayString = "${orbit.worker.retention.sweep-interval:10m}")
	void sweep() {
		try {
			int total = 0;
			for (int i = 0; i < MAX_BATCHES; i++) {
				int deleted = this.store.expire(this.settings.keep(), this.settings.batch());
				total += deleted;
				if (deleted < this.settings.batch()) {
					break;
				}
			}
			this.expired.increment(total);
			if (total > 0) {
				log.info("Deleted {} jobs ended more than {} ago (orbit.worker.retention.keep)", total,
						this.settings.keep());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Job retention sweep failed: {}", ex.getMessage());
		}
	}

}
