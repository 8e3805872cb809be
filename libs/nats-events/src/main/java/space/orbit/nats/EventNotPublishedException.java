package space.orbit.nats;

/** JetStream did not acknowledge an event: it may or may not be stored. */
public class EventNotPublishedException extends RuntimeException {

	EventNotPublishedException(String subject, String messageId, Throwable cause) {
		super("event " + messageId + " on " + subject + " not acknowledged: " + cause.getMessage(), cause);
	}

}
