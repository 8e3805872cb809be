package space.orbit.analyzer.rules;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * simulator's parameters) into a table that never held one, or brings stored defaults
 * that no one changed up to this version's (deleting those it no longer has); then
 * republishes every rule so that {@code orbit.rules.v1} matches the table. A default an
 * operator changed or deleted is theirs and stays as it is.
 */
@Component
class RuleStartup implements ApplicationRunner {

	static final String DEFAULTS = "rules/defaults.json";

	/** Who {@code updatedBy} names for a rule as the defaults wrote it. */
	static final String DEFAULTS_USER = "defaults";

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
		List<Rule> defaults = defaults();
		if (this.rules.count() > 0) {
			refresh(defaults);
			return;
		}
		for (Rule rule : defaults) {
			RuleRecord record = new RuleRecord(rule.id());
			record.definition = AnalyzerJson.MAPPER.writeValueAsString(rule);
			record.version = 1;
			record.updatedAt = this.clock.instant();
			record.updatedBy = DEFAULTS_USER;
			this.rules.save(record);
		}
		log.info("Seeded {} default rules from {}", defaults.size(), DEFAULTS);
	}

	/**
	 * Rewrites the stored defaults still as {@code defaults} left them, where this
	 * version's default differs (a new version: the resync publishes it), and deletes
	 * those this version no longer has (a tombstone: e.g. the limit-only defaults whose
	 * limits moved to the mission database, ADR 0023).
	 */
	private void refresh(List<Rule> defaults) {
		Map<String, RuleRecord> stored = new HashMap<>();
		this.rules.findAll().forEach(record -> stored.put(record.id, record));
		Set<String> ids = new HashSet<>();
		defaults.forEach(rule -> ids.add(rule.id()));
		int dropped = 0;
		for (RuleRecord record : stored.values()) {
			if (!record.deleted && DEFAULTS_USER.equals(record.updatedBy) && !ids.contains(record.id)) {
				record.deleted = true;
				saveNewVersion(record);
				dropped++;
			}
		}
		if (dropped > 0) {
			log.info("Deleted {} default rules no one had changed that {} no longer has", dropped, DEFAULTS);
		}
		int refreshed = 0;
		for (Rule rule : defaults) {
			RuleRecord record = stored.get(rule.id());
			if (record == null || record.deleted || !DEFAULTS_USER.equals(record.updatedBy)
					|| rule.equals(AnalyzerJson.MAPPER.readValue(record.definition, Rule.class))) {
				continue;
			}
			record.definition = AnalyzerJson.MAPPER.writeValueAsString(rule);
			saveNewVersion(record);
			refreshed++;
		}
		if (refreshed > 0) {
			log.info("Brought {} default rules no one had changed up to {}", refreshed, DEFAULTS);
		}
	}

	private void saveNewVersion(RuleRecord record) {
		record.version++;
		record.updatedAt = this.clock.instant();
		this.rules.save(record);
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
