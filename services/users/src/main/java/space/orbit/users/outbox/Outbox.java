package space.orbit.users.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import space.orbit.kit.observability.TraceContexts;
import space.orbit.users.UsersProperties;
import space.orbit.nats.EventPublisher;

/**
 * Writes events in the caller's transaction ({@link #append}) and publishes them once it
 * committed ({@link #publish}); a row left behind is the sweeper's.
 */
@Component
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final EntityManager entityManager;

	private final OutboxRepository repository;

	private final EventPublisher publisher;

	private final TraceContexts traceContexts;

	private final UsersProperties.Outbox settings;

	private final Clock clock;

	Outbox(EntityManager entityManager, OutboxRepository repository, EventPublisher publisher,
			TraceContexts traceContexts, UsersProperties properties, Clock clock) {
		this.entityManager = entityManager;
		this.repository = repository;
		this.publisher = publisher;
		this.traceContexts = traceContexts;
		this.settings = properties.outbox();
		this.clock = clock;
	}

	/** Adds an event to the current transaction; returns it, to publish after commit. */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutboxMessage append(String type, String messageId, String payload) {
		Instant now = this.clock.instant();
		OutboxMessage message = new OutboxMessage(UUID.randomUUID(), type, messageId, payload,
				this.traceContexts.currentTraceparent(), now, now.plus(this.settings.lease()));
		this.entityManager.persist(message);
		return message;
	}

	/**
	 * Publishes a committed event and deletes its row; on failure leaves the row to the
	 * sweeper. Never throws: the change it tells of is already committed.
	 */
	public void publish(OutboxMessage message) {
		try {
			send(message);
		}
		catch (RuntimeException ex) {
			log.warn("Event {} is stored but not yet published ({}); the outbox sweeper will publish it",
					message.messageId(), ex.getMessage());
		}
	}

	void send(OutboxMessage message) {
		this.publisher.publish(message.type(), message.messageId(), message.payload());
		this.repository.remove(message.id());
	}

}
