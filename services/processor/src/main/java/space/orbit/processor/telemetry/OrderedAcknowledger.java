package space.orbit.processor.telemetry;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import io.micrometer.context.ContextSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import space.orbit.kit.faults.HaltPoints;

/**
 * The second half of the telemetry pipeline: batches are stored in parallel, but
 * published to Kafka and acknowledged strictly in the order the queue delivered them, so
 * a spacecraft's frames reach {@code orbit.telemetry.v2} in the order they were received
 * (the analyzer skips frames older than a spacecraft's latest). One thread; the queue's
 * prefetch bounds what waits here.
 */
@Component
class OrderedAcknowledger implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OrderedAcknowledger.class);

	/** A delivered batch on its way: its store runs (or ran) on a storer thread. */
	record InFlight(Delivery delivery, CompletableFuture<StoredBatch> stored, ContextSnapshot trace) {
	}

	/**
	 * Where a crash test may halt the JVM: after a batch's commit, before its publish.
	 */
	static final String AFTER_COMMIT = "processor.after-commit";

	private final BlockingQueue<InFlight> queue = new LinkedBlockingQueue<>();

	private final Consumer<StoredBatch> publisher;

	private final TelemetryMetrics metrics;

	private final HaltPoints haltPoints;

	private volatile Thread thread;

	@Autowired
	OrderedAcknowledger(OutboxRelay relay, TelemetryMetrics metrics, HaltPoints haltPoints) {
		this(relay::publish, metrics, haltPoints);
	}

	/** With {@code publisher} publishing a stored batch's new frames (never throwing). */
	OrderedAcknowledger(Consumer<StoredBatch> publisher, TelemetryMetrics metrics, HaltPoints haltPoints) {
		this.publisher = publisher;
		this.metrics = metrics;
		this.haltPoints = haltPoints;
	}

	void enqueue(InFlight batch) {
		this.queue.add(batch);
	}

	/** Rejects a delivery to the dead-letter queue, counted by reason. */
	void deadLetter(Delivery delivery, String reason, Throwable cause) {
		log.error("Dead-lettering message {} ({}): {}", delivery.id(), reason, cause.getMessage());
		this.metrics.deadLettered(reason);
		try {
			delivery.reject();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not dead-letter message {}: {}", delivery.id(), ex.getMessage());
		}
	}

	@Override
	public void start() {
		Thread worker = new Thread(this::run, "telemetry-publish");
		worker.setDaemon(true);
		this.thread = worker;
		worker.start();
	}

	@Override
	public void stop() {
		Thread worker = this.thread;
		this.thread = null;
		if (worker != null) {
			worker.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	/** After the listener container stops (its phase is higher), before Kafka closes. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 2000;
	}

	private void run() {
		while (this.thread == Thread.currentThread()) {
			InFlight next;
			try {
				next = this.queue.take();
			}
			catch (InterruptedException ex) {
				return;
			}
			complete(next);
		}
	}

	private void complete(InFlight batch) {
		try (ContextSnapshot.Scope scope = batch.trace().setThreadLocals()) {
			StoredBatch stored = batch.stored().get();
			this.metrics.stored(stored);
			this.haltPoints.reached(AFTER_COMMIT, stored.batch().batchId());
			if (!stored.newFrames().isEmpty()) {
				this.publisher.accept(stored);
			}
			batch.delivery().ack();
		}
		catch (ExecutionException ex) {
			failed(batch, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			requeue(batch);
		}
		catch (IOException | RuntimeException ex) {
			// The channel is gone: RabbitMQ redelivers the batch; stores are idempotent.
			log.warn("Could not acknowledge message {}: {}", batch.delivery().id(), ex.getMessage());
		}
	}

	private void failed(InFlight batch, ExecutionException ex) {
		Throwable cause = (ex.getCause() instanceof CompletionException wrapped && wrapped.getCause() != null)
				? wrapped.getCause() : ex.getCause();
		if (cause instanceof InterruptedException) {
			requeue(batch);
			return;
		}
		String reason = (cause instanceof Retrier.GiveUpException giveUp) ? giveUp.kind().name().toLowerCase()
				: "failed";
		deadLetter(batch.delivery(), reason, cause);
	}

	private static void requeue(InFlight batch) {
		try {
			batch.delivery().requeue();
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Could not requeue message {}: {}", batch.delivery().id(), ex.getMessage());
		}
	}

}
