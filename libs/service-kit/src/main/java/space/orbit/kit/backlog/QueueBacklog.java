package space.orbit.kit.backlog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;

/**
 * One RabbitMQ queue's {@code orbit.queue.depth} (messages ready, not yet delivered) and
 * {@code orbit.queue.consumers}, read with one passive declare.
 */
public final class QueueBacklog {

	/** What a queue is for: the {@code kind} tag. */
	public enum Kind {

		WORK, DEAD_LETTER, RETRY;

		public String tag() {
			return name().toLowerCase();
		}

	}

	private final String queue;

	private final CachedValue depth = new CachedValue();

	private final CachedValue consumers = new CachedValue();

	public QueueBacklog(String queue, Kind kind, MeterRegistry registry) {
		this.queue = queue;
		Gauge.builder("orbit.queue.depth", this.depth, CachedValue::value)
			.description("Messages ready in a RabbitMQ queue (not yet delivered), as last read; NaN when unreadable")
			.tag("queue", queue)
			.tag("kind", kind.tag())
			.register(registry);
		Gauge.builder("orbit.queue.consumers", this.consumers, CachedValue::value)
			.description("Consumers of a RabbitMQ queue (every instance's), as last read; NaN when unreadable")
			.tag("queue", queue)
			.tag("kind", kind.tag())
			.register(registry);
	}

	public String name() {
		return "queue " + this.queue;
	}

	/** Reads the queue; a missing queue or an unreachable broker make both unknown. */
	public void read(AmqpAdmin admin) {
		QueueInformation info;
		try {
			info = admin.getQueueInfo(this.queue);
		}
		catch (RuntimeException ex) {
			unknown();
			throw ex;
		}
		if (info == null) {
			unknown();
			throw new IllegalStateException("RabbitMQ has no queue '" + this.queue + "'");
		}
		this.depth.set(info.getMessageCount());
		this.consumers.set(info.getConsumerCount());
	}

	public void unknown() {
		this.depth.unknown();
		this.consumers.unknown();
	}

}
