package space.orbit.processor.registry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import space.orbit.processor.ProcessorProperties;
import space.orbit.registry.RegistryEvents;
import space.orbit.registry.RegistryKey;
import space.orbit.registry.RegistryRecord;

/**
 * Publishes changed records to {@code orbit.registry.v1}: the record's current state
 * under its key, or a tombstone once deleted. Outbox rows are deleted only after Kafka
 * acknowledged, in the transaction that locked them; a failure leaves them for the next
 * round (at least once; a compacted topic keeps the last).
 */
@Component
class RegistryRelay {

	private static final Logger log = LoggerFactory.getLogger(RegistryRelay.class);

	private static final int BATCH = 1_000;

	private final RegistryOutbox outbox;

	private final MissionDatabase database;

	private final KafkaTemplate<String, byte[]> kafka;

	private final TransactionTemplate transactions;

	private final ProcessorProperties.Registry settings;

	private volatile boolean failing;

	RegistryRelay(RegistryOutbox outbox, MissionDatabase database, KafkaTemplate<String, byte[]> kafka,
			TransactionTemplate transactions, ProcessorProperties properties) {
		this.outbox = outbox;
		this.database = database;
		this.kafka = kafka;
		this.transactions = transactions;
		this.settings = properties.registry();
	}

	@Scheduled(fixedDelayString = "${orbit.processor.registry.relay-interval:500ms}")
	void relay() {
		try {
			Integer published;
			do {
				published = this.transactions.execute((status) -> publishPending());
			}
			while (published != null && published == BATCH);
			if (this.failing) {
				log.info("Publishing to {} works again", this.settings.topic());
				this.failing = false;
			}
		}
		catch (RuntimeException ex) {
			if (!this.failing) {
				log.warn(
						"Cannot publish mission database changes to {} ({}); they stay in registry_outbox and "
								+ "are retried every {}",
						this.settings.topic(), ex.getMessage(), this.settings.relayInterval());
				this.failing = true;
			}
		}
	}

	private int publishPending() {
		List<RegistryOutbox.Pending> pending = this.outbox.lockPending(BATCH);
		if (pending.isEmpty()) {
			return 0;
		}
		Set<String> keys = new LinkedHashSet<>();
		pending.forEach((row) -> keys.add(row.key()));
		List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(keys.size());
		for (String key : keys) {
			RegistryRecord current = this.database.current(RegistryKey.parse(key));
			sends.add(this.kafka.send(record(key, current)));
		}
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
				.get(this.settings.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while publishing registry changes", ex);
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
		this.outbox.delete(pending);
		log.debug("Published {} registry records to {}", keys.size(), this.settings.topic());
		return pending.size();
	}

	private ProducerRecord<String, byte[]> record(String key, RegistryRecord current) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(this.settings.topic(), key,
				(current != null) ? RegistryEvents.value(current) : null);
		String kind = key.substring(0, key.indexOf('/'));
		header(record, "ce_specversion", "1.0");
		header(record, "ce_type", "space.orbit.registry." + kind + ((current != null) ? ".changed" : ".deleted"));
		header(record, "ce_source", "/orbit/processor/registry");
		header(record, "ce_subject", key);
		header(record, "content-type", "application/json");
		return record;
	}

	private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
