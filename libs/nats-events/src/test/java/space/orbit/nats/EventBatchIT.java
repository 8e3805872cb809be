package space.orbit.nats;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.Nats;
import io.nats.client.PublishOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer with a backlog on this machine's NATS: the events it has been handed wait in
 * the client and are handled one after the other, and JetStream delivers again every one
 * not acknowledged within {@code ackWait}. Found in the third 30-minute chaos run
 * (2026-12-07): inventory, 3 s ack-wait, could hold JetStream's default of 1,000 events
 * unacknowledged, so after a restart it handled 463 welcome orders 9,255 times in seven
 * minutes (the copies counted as backlog too, and each wrote to the stock projection). A
 * consumer now holds at most {@code orbit.nats.batch} (16) ({@code max_ack_pending}).
 */
class EventBatchIT {

	private static final String URL = System.getProperty("orbit.nats.url", "nats://127.0.0.1:4222");

	/** The events of the backlog, each handled in {@link #HANDLING}: 4 s in all. */
	private static final int EVENTS = 200;

	private static final Duration HANDLING = Duration.ofMillis(20);

	private static final Duration ACK_WAIT = Duration.ofSeconds(2);

	private final String run = "eb" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private Connection connection;

	private NatsProperties properties;

	private EventSubscriptions subscriptions;

	@BeforeEach
	void connect() throws Exception {
		this.connection = Nats.connect(URL);
	}

	@AfterEach
	void close() throws Exception {
		if (this.subscriptions != null) {
			this.subscriptions.stop();
		}
		if (this.properties != null) {
			for (String stream : new String[] { this.properties.stream(),
					NatsConfiguration.deadLetterStream(this.properties) }) {
				if (this.connection.jetStreamManagement().getStreamNames().contains(stream)) {
					this.connection.jetStreamManagement().deleteStream(stream);
				}
			}
		}
		this.connection.close();
	}

	@Test
	void aBacklogIsHandledOnceInBatchesOf16() throws Exception {
		Handled handled = consume(16);

		awaitAll(handled);
		// Long enough for JetStream to deliver again what was not acknowledged in time.
		Thread.sleep(ACK_WAIT.toMillis() + 1_000);

		assertThat(handled.distinct).hasSize(EVENTS);
		assertThat(handled.redeliveries.get()).as("events delivered again").isZero();
		assertThat(handled.deliveries.get()).isEqualTo(EVENTS);
	}

	@Test
	void aBatchOf500OutlastsTheAckWaitAndIsDeliveredAgain() throws Exception {
		Handled handled = consume(500);

		awaitAll(handled);
		// The copies JetStream sends again queue in the client behind the first
		// deliveries, so they are handled after the last distinct event (CI, 2026-12-07,
		// had counted none yet when it asserted at once).
		await("a copy delivered again").atMost(ACK_WAIT.plusSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> handled.redeliveries.get() > 0);

		assertThat(handled.distinct).hasSize(EVENTS);
		assertThat(handled.redeliveries.get()).as("events delivered again").isPositive();
	}

	private Handled consume(int batch) throws Exception {
		this.properties = new NatsProperties(URL, this.run.toUpperCase(), this.run + ".", Duration.ofMinutes(1),
				Duration.ofSeconds(5), ACK_WAIT, -1, batch);
		NatsConfiguration.declareStream(this.connection, this.properties);
		JetStream jetStream = this.connection.jetStream();
		for (int i = 0; i < EVENTS; i++) {
			jetStream.publish(this.properties.subject("order.created"),
					("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8),
					PublishOptions.builder().messageId("event-" + i).build());
		}
		Handled handled = new Handled();
		this.subscriptions = new EventSubscriptions(this.connection, this.properties, ObservationRegistry.NOOP,
				new DeadLetters(jetStream, new SimpleMeterRegistry()));
		this.subscriptions.subscribe(this.run + "-consumer", "order.created", (event) -> {
			handled.deliveries.incrementAndGet();
			if (event.deliveries() > 1) {
				handled.redeliveries.incrementAndGet();
			}
			handled.distinct.add(event.messageId());
			try {
				Thread.sleep(HANDLING);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		this.subscriptions.start();
		return handled;
	}

	private static void awaitAll(Handled handled) {
		await("every event handled").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> handled.distinct.size() == EVENTS);
	}

	private static final class Handled {

		final Set<String> distinct = ConcurrentHashMap.newKeySet();

		final AtomicInteger deliveries = new AtomicInteger();

		final AtomicInteger redeliveries = new AtomicInteger();

	}

}
