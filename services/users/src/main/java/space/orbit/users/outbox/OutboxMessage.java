package space.orbit.users.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event waiting to be acknowledged by JetStream. */
@Entity
@Table(name = "event_outbox")
public class OutboxMessage {

	@Id
	private UUID id;

	private String type;

	private String messageId;

	private String payload;

	private String traceparent;

	private Instant createdAt;

	private Instant leaseUntil;

	private int attempts;

	protected OutboxMessage() {
	}

	OutboxMessage(UUID id, String type, String messageId, String payload, String traceparent, Instant createdAt,
			Instant leaseUntil) {
		this.id = id;
		this.type = type;
		this.messageId = messageId;
		this.payload = payload;
		this.traceparent = traceparent;
		this.createdAt = createdAt;
		this.leaseUntil = leaseUntil;
	}

	UUID id() {
		return this.id;
	}

	String type() {
		return this.type;
	}

	String messageId() {
		return this.messageId;
	}

	byte[] payload() {
		return this.payload.getBytes(StandardCharsets.UTF_8);
	}

	String traceparent() {
		return this.traceparent;
	}

	int attempts() {
		return this.attempts;
	}

}
