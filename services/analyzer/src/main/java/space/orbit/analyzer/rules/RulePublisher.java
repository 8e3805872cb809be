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
 * yet, so a rule committed while Kafka was down reaches the topology later. A rule is
 * published with its row locked and as it is then, so two publishers (the relay and a
 * request, or two instances) neither publish one version twice nor an older version after
 * a newer one.
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

	/**
	 * Publishes a rule's current version unless Kafka has it already; false (and logged)
	 * when Kafka did not take it.
	 */
	boolean publish(String id) {
		return Boolean.TRUE.equals(this.transactions.execute(status -> {
			RuleRecord rule = this.rules.findForPublishing(id).orElse(null);
			if (rule == null || rule.published()) {
				return true;
			}
			if (!send(rule)) {
				return false;
			}
			rule.publishedVersion = rule.version;
			return true;
		}));
	}

	private boolean send(RuleRecord rule) {
		byte[] value = rule.deleted ? null : AnalyzerJson.MAPPER
			.writeValueAsBytes(AnalyzerJson.MAPPER.readValue(rule.definition, Rule.class).withId(rule.id));
		try {
			this.kafka.send(this.properties.rulesTopic(), rule.id, value)
				.get(this.properties.rules().publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
			return true;
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
	}

	/** Publishes every rule whose latest version is not on Kafka yet. */
	@Scheduled(initialDelayString = "${orbit.analyzer.rules.relay-interval:5s}",
			fixedDelayString = "${orbit.analyzer.rules.relay-interval:5s}")
	public synchronized void relay() {
		List<String> pending = this.transactions
			.execute(status -> this.rules.findUnpublished(Limit.of(1_000)).stream().map(rule -> rule.id).toList());
		for (String id : pending) {
			if (!publish(id)) {
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
