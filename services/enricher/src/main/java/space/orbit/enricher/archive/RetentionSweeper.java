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
 * Retention where no TTL monitor runs: the stand-in accepts the TTL index but never
 * expires anything, so on the stand-in this deletes, every {@code interval}, the buckets
 * whose window ended more than {@code retention} ago, as MongoDB's TTL monitor would. On
 * a real MongoDB it stays idle.
 */
public class RetentionSweeper implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RetentionSweeper.class);

	private final ArchiveCollection archive;

	private final MongoServer server;

	private final Duration interval;

	private final Clock clock;

	private ScheduledExecutorService executor;

	RetentionSweeper(ArchiveCollection archive, MongoServer server, Duration interval, Clock clock) {
		this.archive = archive;
		this.server = server;
		this.interval = interval;
		this.clock = clock;
	}

	/** Deletes the expired buckets; returns how many. */
	long sweep() {
		Date cutoff = new Date(this.clock.millis() - this.archive.settings().retention().toMillis());
		long deleted = this.archive.buckets().deleteMany(Filters.lt(BucketDocuments.END, cutoff)).getDeletedCount();
		if (deleted > 0) {
			log.info("Retention: deleted {} buckets that ended before {}", deleted, cutoff.toInstant());
		}
		return deleted;
	}

	@Override
	public void start() {
		this.executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("retention").daemon().factory());
		this.executor.scheduleWithFixedDelay(this::sweepOnStandIn, this.interval.toMillis(), this.interval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	private void sweepOnStandIn() {
		try {
			if (this.server.standIn()) {
				sweep();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Retention sweep failed (next in {}): {}", this.interval, ex.getMessage());
		}
	}

	@Override
	public void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null && !this.executor.isShutdown();
	}

}
