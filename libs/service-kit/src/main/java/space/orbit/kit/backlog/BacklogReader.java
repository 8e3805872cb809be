package space.orbit.kit.backlog;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads what waits in a service's queues and outboxes every {@code interval}, on a thread
 * of its own (the shared scheduler's sweeps and relays never wait behind a broker or
 * database that does not answer), into the values the gauges show. What cannot be read is
 * NaN until it can: logged once when it fails, once when it reads again. A service
 * declares one as a bean with its queues and outboxes (processor, worker).
 */
public class BacklogReader implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BacklogReader.class);

	private final String threadName;

	private final List<QueueBacklog> queues;

	private final List<OutboxBacklog> outboxes;

	private final AmqpAdmin admin;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final long intervalMillis;

	private final Set<String> failing = new HashSet<>();

	private volatile ScheduledExecutorService reader;

	/**
	 * @param threadName the reading thread's name ({@code processor-backlog})
	 * @param interval how often every queue and outbox is read
	 */
	public BacklogReader(String threadName, List<QueueBacklog> queues, List<OutboxBacklog> outboxes, AmqpAdmin admin,
			JdbcTemplate jdbc, Clock clock, Duration interval) {
		this.threadName = threadName;
		this.queues = List.copyOf(queues);
		this.outboxes = List.copyOf(outboxes);
		this.admin = admin;
		this.jdbc = jdbc;
		this.clock = clock;
		this.intervalMillis = interval.toMillis();
	}

	/** Reads every queue and outbox once. */
	public void readAll() {
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
			Thread thread = new Thread(task, this.threadName);
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
