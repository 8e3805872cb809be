package space.orbit.ingest.telemetry;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.connection.ConnectionBlockedEvent;
import org.springframework.amqp.rabbit.connection.ConnectionUnblockedEvent;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import space.orbit.ingest.IngestProperties;
import space.orbit.kit.web.DependencyUnavailableException;
import space.orbit.messaging.Headers;
import space.orbit.messaging.TelemetryRoutes;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.telemetry.TelemetryCodec;

/**
 * Publishes a batch as one persistent message and waits for RabbitMQ's publisher confirm.
 * Any doubt — broker unreachable, blocked by a resource alarm, a nack, an unroutable
 * return, no confirm in time — becomes a 503: the client keeps the data and retries;
 * frames are idempotent downstream, so a retry after a late confirm is harmless. RabbitMQ
 * announces a block only to a connection that publishes during the alarm, and holds that
 * publication until the alarm ends: that first batch waits out the confirm timeout; later
 * ones are refused at once ({@code orbit_ingest_rabbitmq_blocked} is 1), as they are
 * while a write RabbitMQ stopped reading is pending.
 */
@Component
class TelemetryPublisher {

	private static final String RABBITMQ = "RabbitMQ";

	private final RabbitTemplate rabbit;

	private final TelemetryRoutes routes;

	private final Duration confirmTimeout;

	private final Duration retryAfter;

	private final Timer confirmTimer;

	private final AtomicReference<ConnectionBlockedEvent> blocked = new AtomicReference<>();

	private final AtomicReference<Future<?>> stalledSend = new AtomicReference<>();

	private final ObservationRegistry observations;

	TelemetryPublisher(RabbitTemplate rabbit, IngestProperties properties, MeterRegistry registry,
			ObservationRegistry observations) {
		this.rabbit = rabbit;
		this.observations = observations;
		this.routes = properties.routes().telemetry();
		this.confirmTimeout = properties.confirmTimeout();
		this.retryAfter = properties.retryAfter();
		this.confirmTimer = Timer.builder("orbit.ingest.confirm")
			.description("Time from publishing a batch to RabbitMQ's confirm")
			.publishPercentileHistogram()
			.register(registry);
		Gauge
			.builder("orbit.ingest.rabbitmq.blocked", this,
					(publisher) -> (publisher.blockedReason() != null || publisher.stalled()) ? 1 : 0)
			.description("1 while RabbitMQ blocks ingest's connection (a resource alarm) or does not read it: "
					+ "batches get 503 at once")
			.register(registry);
	}

	/**
	 * Publishes {@code message} (the batch in canonical form) and waits for the confirm,
	 * in all no longer than the confirm timeout.
	 */
	void publish(TelemetryBatch batch, byte[] message, String requestId) {
		refuseWhilePushedBack();
		CorrelationData correlation = new CorrelationData(batch.batchId().toString());
		long start = System.nanoTime();
		long deadline = start + this.confirmTimeout.toNanos();
		try {
			send(message(batch, message, requestId), correlation, deadline);
			confirmed(correlation.getFuture().get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS), correlation);
		}
		catch (TimeoutException ex) {
			throw unavailable("RabbitMQ did not confirm the batch within " + this.confirmTimeout
					+ " (orbit.ingest.confirm-timeout); it may or may not have been queued: retry, it is idempotent.",
					ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof AmqpException amqp)
					? unavailable("RabbitMQ is unreachable (" + amqp.getMessage() + "); nothing was accepted.", amqp)
					: unavailable("RabbitMQ publish failed: " + ex.getCause().getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable("Interrupted while waiting for RabbitMQ's confirm.", ex);
		}
		finally {
			this.confirmTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
	}

	private void refuseWhilePushedBack() {
		String blocked = blockedReason();
		if (blocked != null) {
			throw unavailable("RabbitMQ is blocking publishers (" + blocked + "); nothing was accepted.", null);
		}
		if (stalled()) {
			throw unavailable("RabbitMQ has not read an earlier batch yet (the connection is stalled); "
					+ "nothing was accepted.", null);
		}
	}

	/**
	 * Hands the message to the client on a thread of its own (in the request's
	 * observation): when RabbitMQ stops reading the connection, the write (or the opening
	 * of a channel) blocks until it reads again, and the request must not wait beyond the
	 * deadline. Until that write ends, later batches are refused at once.
	 */
	private void send(Message amqp, CorrelationData correlation, long deadline)
			throws TimeoutException, ExecutionException, InterruptedException {
		Runnable send = () -> this.rabbit.send(this.routes.exchange(), this.routes.routingKey(), amqp, correlation);
		Observation observation = this.observations.getCurrentObservation();
		FutureTask<Void> task = new FutureTask<>((observation != null) ? () -> observation.scoped(send) : send, null);
		Thread.ofVirtual().name("ingest-publish").start(task);
		try {
			task.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			this.stalledSend.set(task);
			throw ex;
		}
	}

	private void confirmed(CorrelationData.Confirm confirm, CorrelationData correlation) {
		if (!confirm.ack()) {
			throw unavailable("RabbitMQ refused the batch (" + confirm.reason() + "); nothing was accepted.", null);
		}
		if (correlation.getReturned() != null) {
			throw unavailable("RabbitMQ could not route the batch to queue '" + this.routes.queue() + "' ("
					+ correlation.getReturned().getReplyText() + "); nothing was accepted.", null);
		}
	}

	private static Message message(TelemetryBatch batch, byte[] message, String requestId) {
		return MessageBuilder.withBody(message)
			.setContentType("application/json")
			.setDeliveryMode(MessageDeliveryMode.PERSISTENT)
			.setMessageId(batch.batchId().toString())
			.setHeader(Headers.BATCH_ID, batch.batchId().toString())
			.setHeader(Headers.RECEIVED_AT, TelemetryCodec.formatTimestamp(batch.receivedAt()))
			.setHeader(Headers.FRAME_COUNT, batch.frames().size())
			.setHeader(Headers.SAMPLE_COUNT, batch.sampleCount())
			.setHeader(Headers.SCHEMA, Headers.TELEMETRY_BATCH_SCHEMA)
			.setHeader(Headers.REQUEST_ID, requestId)
			.build();
	}

	private DependencyUnavailableException unavailable(String message, Throwable cause) {
		return new DependencyUnavailableException(RABBITMQ, message, this.retryAfter, cause);
	}

	/**
	 * Why RabbitMQ blocks the connection, or null. A connection that closed while blocked
	 * is never unblocked: its successor starts unblocked.
	 */
	private String blockedReason() {
		ConnectionBlockedEvent event = this.blocked.get();
		return (event != null && event.getConnection().isOpen()) ? event.getReason() : null;
	}

	/** Whether a write RabbitMQ did not read in time is still waiting. */
	private boolean stalled() {
		Future<?> send = this.stalledSend.get();
		return send != null && !send.isDone();
	}

	@EventListener
	void blocked(ConnectionBlockedEvent event) {
		this.blocked.set(event);
	}

	@EventListener
	void unblocked(ConnectionUnblockedEvent event) {
		this.blocked.set(null);
	}

}
