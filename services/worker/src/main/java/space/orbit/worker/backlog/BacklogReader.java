package space.orbit.worker.backlog;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import space.orbit.worker.JobRoutes;
import space.orbit.worker.WorkerProperties;

/**
 * Reads what waits in the worker every {@code orbit.worker.backlog-interval}, on a thread
 * of its own (the shared scheduler's sweeps never wait behind a broker or database that
 * does not answer), into the values the gauges show. What cannot be read is NaN until it
 * can: logged once when it fails, once when it reads again.
 */
@Component
class BacklogReader implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BacklogReader.class);

	private final List<QueueBacklog> queues;

	private final List<OutboxBacklog> outboxes;

	private final AmqpAdmin admin;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final long intervalMillis;

	private final Set<String> failing = new HashSet<>();

	private volatile ScheduledExecutorService reader;

	BacklogReader(AmqpAdmin admin, JdbcTemplate jdbc, Clock clock, MeterRegistry registry,
			WorkerProperties properties) {
		JobRoutes routes = properties.routes();
		this.queues = List.of(new QueueBacklog(routes.queue(), QueueBacklog.Kind.WORK, registry),
				new QueueBacklog(routes.deadLetterQueue(), QueueBacklog.Kind.DEAD_LETTER, registry),
				new QueueBacklog(routes.retryQueue(), QueueBacklog.Kind.RETRY, registry));
		this.outboxes = List.of(new OutboxBacklog("compute", "job_outbox", registry));
		this.admin = admin;
		this.jdbc = jdbc;
		this.clock = clock;
		this.intervalMillis = properties.backlogInterval().toMillis();
	}

	/** Reads every queue and outbox once. */
	void readAll() {
		for (QueueBacklog queue : this.queues) {
			read(queue.name(), () -> queue.read(this.admin));
		}
		for (OutboxBacklog outbox : this.outboxes) {
			read(outbox.name(), () -> outbox.read(this.jdbc, this.clock));
		}
	}

	private void read(String what, Runnable read) {
		try {
			read.run();
			if (this.failing.remove(what)) {
				log.info("The {} can be read again", what);
			}
		}
		catch (RuntimeException ex) {
			if (this.failing.add(what)) {
				log.warn("Cannot read the {}: its gauges are NaN until it can ({})", what, ex.getMessage());
			}
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "worker-backlog");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::readAll, 0, this.intervalMillis, TimeUnit.MILLISECONDS);
		this.reader = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.reader;
		this.reader = null;
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.reader != null;
	}

}
