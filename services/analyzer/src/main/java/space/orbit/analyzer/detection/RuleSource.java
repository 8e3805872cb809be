package space.orbit.analyzer.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import space.orbit.analyzer.AnalyzerJson;
import space.orbit.analyzer.rules.Rule;
import space.orbit.analyzer.rules.RuleBook;
import space.orbit.analyzer.rules.RuleValidator;

/**
 * The rules of one detector task, with the mission database's limits, compiled from the
 * global stores again whenever a change arrived in either since the last compile: a rule
 * or limit update applies from the next record on. Rules that cannot be read or are
 * invalid are skipped (and logged).
 */
final class RuleSource {

	private static final Logger log = LoggerFactory.getLogger(RuleSource.class);

	private final KeyValueStore<String, byte[]> store;

	private final AtomicLong generation;

	private final KeyValueStore<String, byte[]> registry;

	private final AtomicLong registryGeneration;

	private long compiled = -1;

	private long registryCompiled = -1;

	private List<Rule> rules = List.of();

	private MissionLimits limits = MissionLimits.NONE;

	private RuleBook book = RuleBook.EMPTY;

	RuleSource(KeyValueStore<String, byte[]> store, AtomicLong generation, KeyValueStore<String, byte[]> registry,
			AtomicLong registryGeneration) {
		this.store = store;
		this.generation = generation;
		this.registry = registry;
		this.registryGeneration = registryGeneration;
	}

	RuleBook current() {
		long now = this.generation.get();
		long registryNow = this.registryGeneration.get();
		if (now == this.compiled && registryNow == this.registryCompiled) {
			return this.book;
		}
		if (now != this.compiled) {
			this.compiled = now;
			this.rules = read();
		}
		if (registryNow != this.registryCompiled) {
			this.registryCompiled = registryNow;
			this.limits = MissionLimits.read(this.registry);
			log.info("Mission database limits compiled: {} parameters with limits", this.limits.size());
		}
		this.book = new RuleBook(this.rules, this.limits);
		return this.book;
	}

	/**
	 * Throws unless a value is a readable, valid rule: what the rules store may hold.
	 */
	static void check(String id, byte[] value) {
		Rule rule = AnalyzerJson.MAPPER.readValue(value, Rule.class).withId(id);
		List<String> violations = RuleValidator.check(rule).stream().map(Object::toString).toList();
		if (!violations.isEmpty()) {
			throw new IllegalArgumentException("an invalid rule: " + violations);
		}
	}

	private List<Rule> read() {
		List<Rule> rules = new ArrayList<>();
		try (KeyValueIterator<String, byte[]> all = this.store.all()) {
			while (all.hasNext()) {
				KeyValue<String, byte[]> entry = all.next();
				try {
					Rule rule = AnalyzerJson.MAPPER.readValue(entry.value, Rule.class).withId(entry.key);
					if (RuleValidator.check(rule).isEmpty()) {
						rules.add(rule);
					}
					else {
						log.warn("Ignoring invalid rule {}: {}", entry.key, RuleValidator.check(rule));
					}
				}
				catch (RuntimeException ex) {
					log.warn("Ignoring unreadable rule {}: {}", entry.key, ex.getMessage());
				}
			}
		}
		return rules;
	}

}
