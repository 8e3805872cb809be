package space.orbit.processor.registry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start: queues every record of the mission database for publishing, so
 * {@code orbit.registry.v1} holds the whole database even if the topic was lost. (The
 * demo mission is not the service's business: {@code ./orbit up} posts
 * {@code tools/orbit/demo/*.jsonl} through the API.)
 */
@Component
class RegistryResync implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegistryResync.class);

	private final RegistryOutbox outbox;

	RegistryResync(RegistryOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void run(ApplicationArguments args) {
		int queued = this.outbox.republishAll();
		log.info("Queued {} mission database records for orbit.registry.v1", queued);
	}

}
