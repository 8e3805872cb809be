package space.orbit.dashboard.stream;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;

/**
 * The events waiting for one client, at most {@code capacity}. Offering never blocks:
 * when the client has not taken what it was sent (a slow or stalled browser), the new
 * event is dropped and its weight (columns, or 1) counted, to be told to the client as
 * soon as it takes again. Memory per client is bounded by the capacity; the thread that
 * offers (the Kafka consumer, the flusher) never waits.
 */
final class ClientQueue {

	private final ArrayBlockingQueue<StreamEvent> events;

	private final AtomicLong droppedSinceNotice = new AtomicLong();

	private final AtomicLong droppedTotal = new AtomicLong();

	private final DoubleConsumer dropped;

	/**
	 * A queue of {@code capacity} events; {@code dropped} is told each weight dropped.
	 */
	ClientQueue(int capacity, DoubleConsumer dropped) {
		this.events = new ArrayBlockingQueue<>(capacity);
		this.dropped = dropped;
	}

	/** Queues the event, or drops it when full; true when queued. */
	boolean offer(StreamEvent event) {
		if (this.events.offer(event)) {
			return true;
		}
		drop(event.weight());
		return false;
	}

	/** Counts what was dropped without being made into an event (the queue was full). */
	void drop(long weight) {
		this.droppedSinceNotice.addAndGet(weight);
		this.droppedTotal.addAndGet(weight);
		this.dropped.accept(weight);
	}

	/** No room for another event: the client has not taken what it was sent. */
	boolean full() {
		return this.events.remainingCapacity() == 0;
	}

	/** The next event, waiting at most {@code timeoutMillis}; null when none came. */
	StreamEvent poll(long timeoutMillis) throws InterruptedException {
		return this.events.poll(timeoutMillis, TimeUnit.MILLISECONDS);
	}

	/** What was dropped since the last call (the next notice to send), reset to 0. */
	long takeDropped() {
		return this.droppedSinceNotice.getAndSet(0);
	}

	long droppedTotal() {
		return this.droppedTotal.get();
	}

	int size() {
		return this.events.size();
	}

	int capacity() {
		return this.events.size() + this.events.remainingCapacity();
	}

}
