package space.orbit.nats;

import java.io.IOException;

import io.micrometer.core.instrument.MeterRegistry;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.PublishOptions;
import io.nats.client.impl.Headers;

/**
 * Where unreadable events go: a copy on {@code <subject>.dead} (the dead-letter stream
 * {@code <stream>_DEAD} keeps it), counted in
 * {@code orbit_events_unreadable_total{type}}. The copy's id is the original's stream
 * sequence, so a copy stored twice (the termination lost) is stored once.
 */
public class DeadLetters {

	/** The header naming why the event was given up. */
	public static final String REASON = "Orbit-Dead-Reason";

	/** The header naming the subject the event was published on. */
	public static final String SUBJECT = "Orbit-Dead-Subject";

	private static final int MAX_REASON = 512;

	private final JetStream jetStream;

	private final MeterRegistry meters;

	DeadLetters(JetStream jetStream, MeterRegistry meters) {
		this.jetStream = jetStream;
		this.meters = meters;
	}

	/** The dead-letter subject of a subject. */
	public static String subject(String subject) {
		return subject + ".dead";
	}

	/**
	 * A reason as a NATS header takes it: printable ASCII (NATS refuses anything else,
	 * and a parser's message may quote the garbage it met), at most 512 characters.
	 */
	static String headerValue(String reason) {
		String text = (reason != null) ? reason : "unreadable";
		text = (text.length() > MAX_REASON) ? text.substring(0, MAX_REASON) : text;
		return text.replaceAll("[^\\x20-\\x7E]", "?");
	}

	/**
	 * Stores a copy of an unreadable event on its dead-letter subject and counts it.
	 * @throws IOException if NATS did not store the copy (the event is to be retried)
	 */
	void store(String type, Message message, String reason) throws IOException, JetStreamApiException {
		Headers headers = new Headers();
		headers.put(SUBJECT, message.getSubject());
		headers.put(REASON, headerValue(reason));
		PublishOptions options = PublishOptions.builder()
			.messageId("dead:" + message.metaData().streamSequence())
			.build();
		byte[] data = (message.getData() != null) ? message.getData() : new byte[0];
		this.jetStream.publish(subject(message.getSubject()), headers, data, options);
		this.meters.counter("orbit.events.unreadable", "type", type).increment();
	}

}
