package space.orbit.processor.telemetry;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import space.orbit.kit.faults.HaltPoints;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.test.TelemetryFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ordered acknowledger with fakes of a delivery and of the publisher: batches stored
 * out of order are still published and settled in delivery order; a batch whose store
 * gave up is dead-lettered without holding up the next.
 */
class OrderedAcknowledgerTest {

	private final List<String> log = new CopyOnWriteArrayList<>();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final OrderedAcknowledger acknowledger = new OrderedAcknowledger(
			(stored) -> this.log.add("publish " + stored.batch().batchId()), new TelemetryMetrics(this.meters),
			HaltPoints.none());

	@BeforeEach
	void start() {
		this.acknowledger.start();
	}

	@AfterEach
	void stop() {
		this.acknowledger.stop();
	}

	@Test
	void publishesAndAcknowledgesInDeliveryOrderWhenStoresFinishOutOfOrder() throws Exception {
		List<CompletableFuture<StoredBatch>> stores = List.of(new CompletableFuture<>(), new CompletableFuture<>(),
				new CompletableFuture<>());
		List<StoredBatch> batches = List.of(stored(3), stored(2), stored(4));
		for (int i = 0; i < 3; i++) {
			enqueue("m" + i, stores.get(i));
		}

		stores.get(2).complete(batches.get(2));
		stores.get(1).complete(batches.get(1));
		Thread.sleep(200);
		assertThat(this.log).as("nothing may overtake the first delivery").isEmpty();
		stores.get(0).complete(batches.get(0));

		await().atMost(Duration.ofSeconds(5)).until(() -> this.log.size() == 6);
		assertThat(this.log).containsExactly("publish " + id(batches.get(0)), "ack m0", "publish " + id(batches.get(1)),
				"ack m1", "publish " + id(batches.get(2)), "ack m2");
	}

	@Test
	void acknowledgesABatchWithoutNewFramesWithoutPublishingIt() {
		TelemetryBatch batch = new TelemetryBatch(UUID.randomUUID(), Instant.now(),
				TelemetryFixtures.frames(5).build());
		enqueue("m0", CompletableFuture.completedFuture(new StoredBatch(batch, List.of(), Instant.MAX)));

		await().atMost(Duration.ofSeconds(5)).until(() -> this.log.size() == 1);
		assertThat(this.log).containsExactly("ack m0");
		assertThat(this.meters.counter("orbit.frames.duplicate").count()).isEqualTo(5);
	}

	@Test
	void deadLettersABatchWhoseStoreGaveUpAndGoesOnWithTheNext() {
		StoredBatch next = stored(1);
		enqueue("poison",
				CompletableFuture
					.failedFuture(new CompletionException(new Retrier.GiveUpException(FailureClassifier.Kind.POISON, 1,
							new IllegalArgumentException("value too long")))));
		enqueue("unknown",
				CompletableFuture
					.failedFuture(new CompletionException(new Retrier.GiveUpException(FailureClassifier.Kind.UNKNOWN, 5,
							new IllegalStateException("something odd")))));
		enqueue("next", CompletableFuture.completedFuture(next));

		await().atMost(Duration.ofSeconds(5)).until(() -> this.log.size() == 4);
		assertThat(this.log).containsExactly("reject poison", "reject unknown", "publish " + id(next), "ack next");
		assertThat(deadLettered("poison")).isEqualTo(1);
		assertThat(deadLettered("unknown")).isEqualTo(1);
	}

	@Test
	void requeuesABatchWhoseStoreWasInterruptedByTheShutdown() {
		enqueue("stopping",
				CompletableFuture.failedFuture(new CompletionException(new InterruptedException("service stopping"))));

		await().atMost(Duration.ofSeconds(5)).until(() -> this.log.size() == 1);
		assertThat(this.log).containsExactly("requeue stopping");
		assertThat(this.meters.find("orbit.messages.dead_lettered").counters()).isEmpty();
	}

	@Test
	void goesOnWhenAnAcknowledgementFails() {
		StoredBatch first = stored(1);
		StoredBatch second = stored(1);
		this.acknowledger.enqueue(new OrderedAcknowledger.InFlight(new FakeDelivery("lost", true),
				CompletableFuture.completedFuture(first), snapshot()));
		enqueue("next", CompletableFuture.completedFuture(second));

		await().atMost(Duration.ofSeconds(5)).until(() -> this.log.size() == 4);
		assertThat(this.log).containsExactly("publish " + id(first), "ack lost", "publish " + id(second), "ack next");
	}

	private void enqueue(String message, CompletableFuture<StoredBatch> stored) {
		this.acknowledger
			.enqueue(new OrderedAcknowledger.InFlight(new FakeDelivery(message, false), stored, snapshot()));
	}

	private static io.micrometer.context.ContextSnapshot snapshot() {
		return ContextSnapshotFactory.builder().build().captureAll();
	}

	private double deadLettered(String reason) {
		return this.meters.counter("orbit.messages.dead_lettered", "reason", reason).count();
	}

	private static StoredBatch stored(int frames) {
		TelemetryBatch batch = new TelemetryBatch(UUID.randomUUID(), Instant.now(),
				TelemetryFixtures.frames(frames).build());
		List<StoredFrame> fresh = batch.frames()
			.stream()
			.map((f) -> new StoredFrame(f.spacecraftId(), f.timestamp(), f.sequence(), f.sampleCount(), "{}"))
			.toList();
		return new StoredBatch(batch, fresh, Instant.MAX);
	}

	private static UUID id(StoredBatch stored) {
		return stored.batch().batchId();
	}

	/** Records how it was settled; an acknowledgement can fail as on a closed channel. */
	private final class FakeDelivery implements Delivery {

		private final String id;

		private final boolean ackFails;

		FakeDelivery(String id, boolean ackFails) {
			this.id = id;
			this.ackFails = ackFails;
		}

		@Override
		public String id() {
			return this.id;
		}

		@Override
		public void ack() throws IOException {
			OrderedAcknowledgerTest.this.log.add("ack " + this.id);
			if (this.ackFails) {
				throw new IOException("channel closed");
			}
		}

		@Override
		public void reject() {
			OrderedAcknowledgerTest.this.log.add("reject " + this.id);
		}

		@Override
		public void requeue() {
			OrderedAcknowledgerTest.this.log.add("requeue " + this.id);
		}

	}

}
