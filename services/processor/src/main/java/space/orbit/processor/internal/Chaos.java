package space.orbit.processor.internal;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import space.orbit.processor.ProcessorProperties;

/**
 * Fault injection for crash tests: halts the JVM — no shutdown hooks, no acks, exactly
 * like {@code kill -9} — at a precise point of the first batch. Off unless
 * {@code orbit.processor.chaos.*} is set; announced loudly when on.
 */
@Component
public class Chaos {

	private static final Logger log = LoggerFactory.getLogger(Chaos.class);

	/** The exit status of a chaos halt. */
	public static final int HALT_STATUS = 86;

	private final ProcessorProperties.Chaos settings;

	public Chaos(ProcessorProperties properties) {
		this.settings = properties.chaos();
		if (this.settings.haltAfterCommit() || this.settings.haltAfterPublish()) {
			log.warn("CHAOS: this processor will halt the JVM at the first batch ({})", this.settings);
		}
	}

	/**
	 * After the database commit, before the events are published and the message acked.
	 */
	public void afterCommit(UUID batchId) {
		if (this.settings.haltAfterCommit()) {
			halt("after committing batch " + batchId);
		}
	}

	/**
	 * After Kafka acknowledged the events, before the outbox row is deleted and the
	 * message acked.
	 */
	public void afterPublish(UUID batchId) {
		if (this.settings.haltAfterPublish()) {
			halt("after publishing batch " + batchId);
		}
	}

	private static void halt(String where) {
		log.warn("CHAOS: halting the JVM {}", where);
		Runtime.getRuntime().halt(HALT_STATUS);
	}

}
