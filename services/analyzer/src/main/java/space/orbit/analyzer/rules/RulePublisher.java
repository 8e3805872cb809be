package space.orbit.analyzer.rules;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import space.orbit.analyzer.AnalyzerJson;
import space.orbit.analyzer.AnalyzerProperties;

/**
 * Publishes rules to the compacted {@code orbit.rules.v1} (key = rule id, value = the
 * rule's JSON, a tombstone for a deleted rule) after they are committed, and marks the
 * version published once Kafka acknowledged it. A relay retries whatever is not published
 * yet, so a rule committed while Kafka was down reaches the topology later.
 */
@Component
class RulePublisher {

	private static final Logger log = LoggerFactory.getLogger(RulePublisher.class);

	private final KafkaTemplate<String, byte[]> kafka;

	private final RuleRepository rules;

	private final TransactionTemplate transactions;

	private final AnalyzerProperties properties;

	RulePublisher(KafkaTemplate<String, byte[]> kafka, RuleRepository rules, TransactionTemplate transactions,
			AnalyzerProperties properties) {
		this.kafka = kafka;
		this.rules = rules;
		this.transactions = transactions;
		this.properties = properties;
	}

	/** Publishes one committed version; false (and logged) when Kafka did not take it. */
	boolean publish(RuleRecord rule) {
		byte[] value = rule.deleted ? null : AnalyzerJson.MAPPER
			.writeValueAsBytes(AnalyzerJson.MAPPER.readValue(rule.definition, Rule.class).withId(rule.id));
		try {
			this.kafka.send(this.properties.rulesTopic(), rule.id, value)
				.get(this.properties.rules().publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			log.warn("Rule {} version {} not published yet (the relay retries): {}", rule.id, rule.version,
					ex.getMessage());
			return false;
		}
		this.transactions.executeWithoutResult(status -> this.rules.markPublished(rule.id, rule.version));
		return true;
	}

	/** Publishes every rule whose latest version is not on Kafka yet. */
	@Scheduled(initialDelayString = "${orbit.analyzer.rules.relay-interval:5s}",
			fixedDelayString = "${orbit.analyzer.rules.relay-interval:5s}")
	public synchronized void relay() {
		List<RuleRecord> pending = this.transactions.execute(status -> this.rules.findUnpublished(Limit.of(1_000)));
		for (RuleRecord rule : pending) {
			if (!publish(rule)) {
				return;
			}
		}
		if (!pending.isEmpty()) {
			log.info("Published {} rules to {}", pending.size(), this.properties.rulesTopic());
		}
	}

	/**
	 * Marks every rule unpublished and publishes them all: the topic then matches the
	 * table.
	 */
	void resync() {
		this.transactions.executeWithoutResult(status -> this.rules.markAllUnpublished());
		relay();
	}

}
