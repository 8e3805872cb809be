package space.orbit.processor.telemetry;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.rabbitmq.client.Channel;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import jakarta.annotation.PreDestroy;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import space.orbit.processor.ProcessorProperties;
import space.orbit.telemetry.InvalidTelemetryException;
import space.orbit.telemetry.MalformedTelemetryException;
import space.orbit.telemetry.RawTelemetryBatch;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.telemetry.TelemetryCodec;

/**
 * Consumes {@code processor.telemetry} with manual acks, as a pipeline: each delivered
 * batch is parsed here, stored on one of {@code store-workers} threads (in parallel),
 * then published and acknowledged by {@link OrderedAcknowledger} in delivery order, only
 * after its frames and outbox row are committed. A poison message is rejected to the
 * dead-letter queue; a transient failure holds the message and retries.
 */
@Component
class TelemetryListener {

	private final TelemetryCodec codec;

	private final StoreBatch store;

	private final Retrier retrier;

	private final OrderedAcknowledger acknowledger;

	private final ExecutorService storers;

	private final ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();

	TelemetryListener(TelemetryCodec codec, StoreBatch store, Retrier retrier, OrderedAcknowledger acknowledger,
			ProcessorProperties properties) {
		this.codec = codec;
		this.store = store;
		this.retrier = retrier;
		this.acknowledger = acknowledger;
		AtomicInteger number = new AtomicInteger();
		this.storers = Executors.newFixedThreadPool(properties.storeWorkers(), (task) -> {
			Thread thread = new Thread(task, "telemetry-store-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@RabbitListener(id = "telemetry", queues = "#{@telemetryRoutes.queue()}")
	void onBatch(Message message, Channel channel) {
		Delivery delivery = new AmqpDelivery(message, channel);
		RawTelemetryBatch raw;
		try {
			raw = this.codec.readWithRawSamples(message.getBody());
		}
		catch (MalformedTelemetryException | InvalidTelemetryException ex) {
			this.acknowledger.deadLetter(delivery, "invalid", ex);
			return;
		}
		ContextSnapshot trace = this.snapshots.captureAll();
		CompletableFuture<StoredBatch> stored = CompletableFuture.supplyAsync(() -> store(raw, trace), this.storers);
		this.acknowledger.enqueue(new OrderedAcknowledger.InFlight(delivery, stored, trace));
	}

	private StoredBatch store(RawTelemetryBatch raw, ContextSnapshot trace) {
		TelemetryBatch batch = raw.batch();
		try (ContextSnapshot.Scope scope = trace.setThreadLocals()) {
			return this.retrier.run("Storing batch " + batch.batchId(), () -> this.store.store(raw));
		}
		catch (Retrier.GiveUpException ex) {
			throw new CompletionException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CompletionException(ex);
		}
	}

	@PreDestroy
	void stopStoring() {
		this.storers.shutdownNow();
	}

}
