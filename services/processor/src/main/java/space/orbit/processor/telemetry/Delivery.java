package space.orbit.processor.telemetry;

import java.io.IOException;

/**
 * A delivered telemetry message, settled once: acknowledged, rejected to the dead-letter
 * queue, or handed back to the queue.
 */
interface Delivery {

	/** The message id, for logs. */
	String id();

	void ack() throws IOException;

	/** Rejects without requeueing: the queue dead-letters it. */
	void reject() throws IOException;

	void requeue() throws IOException;

}
