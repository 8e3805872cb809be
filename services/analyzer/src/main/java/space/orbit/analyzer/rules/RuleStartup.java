package space.orbit.analyzer.rules;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import space.orbit.analyzer.AnalyzerJson;
import space.orbit.analyzer.AnalyzerProperties;

/**
 * At start-up: seeds the default rules ({@code rules/defaults.json}, tuned to the
 * simulator's parameters) into a table that never held one, then republishes every rule
 * so that {@code orbit.rules.v1} matches the table.
 */
@Component
class RuleStartup implements ApplicationRunner {

	static final String DEFAULTS = "rules/defaults.json";

	private static final Logger log = LoggerFactory.getLogger(RuleStartup.class);

	private final RuleRepository rules;

	private final RulePublisher publisher;

	private final TransactionTemplate transactions;

	private final AnalyzerProperties properties;

	private final Clock clock;

	RuleStartup(RuleRepository rules, RulePublisher publisher, TransactionTemplate transactions,
			AnalyzerProperties properties, Clock clock) {
		this.rules = rules;
		this.publisher = publisher;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.rules().seedDefaults()) {
			this.transactions.executeWithoutResult(status -> seed());
		}
		this.publisher.resync();
	}

	private void seed() {
		if (this.rules.count() > 0) {
			return;
		}
		List<Rule> defaults = defaults();
		for (Rule rule : defaults) {
			RuleRecord record = new RuleRecord(rule.id());
			record.definition = AnalyzerJson.MAPPER.writeValueAsString(rule);
			record.version = 1;
			record.updatedAt = this.clock.instant();
			record.updatedBy = "defaults";
			this.rules.save(record);
		}
		log.info("Seeded {} default rules from {}", defaults.size(), DEFAULTS);
	}

	/**
	 * The default rules; each is checked, so a bad default stops the service at start-up.
	 */
	static List<Rule> defaults() {
		try (InputStream in = new ClassPathResource(DEFAULTS).getInputStream()) {
			List<Rule> defaults = AnalyzerJson.MAPPER.readValue(in, new TypeReference<List<Rule>>() {
			});
			for (Rule rule : defaults) {
				List<RuleViolation> errors = RuleValidator.check(rule);
				if (!errors.isEmpty()) {
					throw new IllegalStateException("Default rule " + rule.id() + " is invalid: " + errors);
				}
			}
			return defaults;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + DEFAULTS, ex);
		}
	}

}
