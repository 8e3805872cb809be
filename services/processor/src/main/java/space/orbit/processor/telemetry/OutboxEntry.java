package space.orbit.processor.telemetry;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A batch whose new frames are stored but whose events may not yet be on Kafka. Written
 * in the frames' transaction, deleted once the events are acknowledged by Kafka.
 */
@Entity
@Table(name = "telemetry_outbox")
class OutboxEntry {

	@Id
	private UUID batchId;

	private Instant receivedAt;

	private Instant createdAt;

	private Instant leaseUntil;

	private Instant minTs;

	private Instant maxTs;

	private int frameCount;

	private int sampleCount;

	private String traceparent;

	private int attempts;

	protected OutboxEntry() {
	}

	OutboxEntry(UUID batchId, Instant receivedAt, Instant createdAt, Instant leaseUntil, Instant minTs, Instant maxTs,
			int frameCount, int sampleCount, String traceparent) {
		this.batchId = batchId;
		this.receivedAt = receivedAt;
		this.createdAt = createdAt;
		this.leaseUntil = leaseUntil;
		this.minTs = minTs;
		this.maxTs = maxTs;
		this.frameCount = frameCount;
		this.sampleCount = sampleCount;
		this.traceparent = traceparent;
	}

	UUID batchId() {
		return this.batchId;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant leaseUntil() {
		return this.leaseUntil;
	}

	Instant minTs() {
		return this.minTs;
	}

	Instant maxTs() {
		return this.maxTs;
	}

	int frameCount() {
		return this.frameCount;
	}

	String traceparent() {
		return this.traceparent;
	}

	int attempts() {
		return this.attempts;
	}

}
