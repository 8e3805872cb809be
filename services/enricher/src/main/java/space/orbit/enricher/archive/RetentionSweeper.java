package space.orbit.enricher.archive;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.Filters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Retention where no TTL monitor runs (the stand-in accepts the TTL index but never
 * expires anything): when {@code orbit.enricher.archive.sweep} is on, deletes every
 * {@code sweep-interval} the segments whose window ended more than {@code retention} ago
 * (and the buckets of earlier versions, while there are any), as MongoDB's TTL monitor
 * would. Off, it never starts.
 */
public class RetentionSweeper implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RetentionSweeper.class);

	private final ArchiveCollection archive;

	private final Clock clock;

	private ScheduledExecutorService executor;

	RetentionSweeper(ArchiveCollection archive, Clock clock) {
		this.archive = archive;
		this.clock = clock;
	}

	/** Deletes the expired segments and buckets; returns how many. */
	long sweep() {
		Date cutoff = new Date(this.clock.millis() - this.archive.settings().retention().toMillis());
		long segments = this.archive.segments().deleteMany(Filters.lt(SegmentDocuments.END, cutoff)).getDeletedCount();
		long buckets = this.archive.hasBuckets()
				? this.archive.buckets().deleteMany(Filters.lt(BucketDocuments.END, cutoff)).getDeletedCount() : 0;
		if (segments + buckets > 0) {
			log.info("Retention: deleted {} segments and {} buckets that ended before {}", segments, buckets,
					cutoff.toInstant());
		}
		return segments + buckets;
	}

	/** Started only when the sweep is on. */
	@Override
	public boolean isAutoStartup() {
		return this.archive.settings().sweep();
	}

	@Override
	public synchronized void start() {
		if (!this.archive.settings().sweep() || isRunning()) {
			return;
		}
		Duration interval = this.archive.settings().sweepInterval();
		log.info("Retention sweep on: every {} the segments that ended more than {} ago are deleted", interval,
				this.archive.settings().retention());
		this.executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("retention").daemon().factory());
		this.executor.scheduleWithFixedDelay(this::sweepQuietly, interval.toMillis(), interval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	private void sweepQuietly() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			log.warn("Retention sweep failed (next in {}): {}", this.archive.settings().sweepInterval(),
					ex.getMessage());
		}
	}

	@Override
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null && !this.executor.isShutdown();
	}

}
