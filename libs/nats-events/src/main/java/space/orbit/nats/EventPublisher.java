package space.orbit.nats;

import java.io.IOException;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.SenderContext;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;

/**
 * Publishes an event to JetStream and waits for the stream's acknowledgement. The message
 * id ({@code Nats-Msg-Id}) lets JetStream drop a re-publication; the W3C
 * {@code traceparent} of the publish span goes in the headers.
 */
public class EventPublisher {

	private final JetStream jetStream;

	private final NatsProperties properties;

	private final ObservationRegistry observations;

	EventPublisher(JetStream jetStream, NatsProperties properties, ObservationRegistry observations) {
		this.jetStream = jetStream;
		this.properties = properties;
		this.observations = observations;
	}

	/**
	 * Publishes {@code payload} as event type {@code type} (e.g. {@code user.created});
	 * true when JetStream stored it, false when it was a duplicate of an earlier message
	 * with the same id.
	 * @throws EventNotPublishedException when JetStream did not acknowledge it
	 */
	public boolean publish(String type, String messageId, byte[] payload) {
		String subject = this.properties.subject(type);
		Headers headers = new Headers();
		headers.put("Content-Type", "application/json");
		headers.put("Orbit-Event-Type", type);
		SenderContext<Headers> context = new SenderContext<>((carrier, key, value) -> carrier.put(key, value));
		context.setCarrier(headers);
		context.setRemoteServiceName("nats");
		return Observation.createNotStarted("orbit.events.publish", () -> context, this.observations)
			.contextualName("publish " + type)
			.lowCardinalityKeyValue("messaging.system", "nats")
			.lowCardinalityKeyValue("messaging.destination.name", type)
			.highCardinalityKeyValue("messaging.message.id", messageId)
			.observe(() -> send(subject, messageId, headers, payload));
	}

	private boolean send(String subject, String messageId, Headers headers, byte[] payload) {
		PublishOptions options = PublishOptions.builder()
			.messageId(messageId)
			.expectedStream(this.properties.stream())
			.build();
		try {
			PublishAck ack = this.jetStream.publish(subject, headers, payload, options);
			return !ack.isDuplicate();
		}
		catch (IOException | JetStreamApiException ex) {
			throw new EventNotPublishedException(subject, messageId, ex);
		}
	}

}
