package space.orbit.analyzer.rules;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import space.orbit.analyzer.AnalyzerJson;
import space.orbit.kit.web.Cursor;
import space.orbit.kit.web.Page;

/**
 * Rules in PostgreSQL, the source of truth: a change is committed first, then published
 * (see {@link RulePublisher}); deleted rules stay as tombstones.
 */
@Service
class RuleStore {

	private final RuleRepository rules;

	private final RulePublisher publisher;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RuleStore(RuleRepository rules, RulePublisher publisher, TransactionTemplate transactions, Clock clock) {
		this.rules = rules;
		this.publisher = publisher;
		this.transactions = transactions;
		this.clock = clock;
	}

	Optional<RuleView> find(String id) {
		return this.transactions.execute(status -> this.rules.findById(id).filter(rule -> !rule.deleted))
			.map(RuleStore::view);
	}

	/** Rules by id after {@code after} ("" for the first page), {@code limit} a page. */
	Page<RuleView> list(String after, int limit) {
		List<RuleView> fetched = this.transactions
			.execute(status -> this.rules.findByDeletedFalseAndIdGreaterThanOrderByIdAsc(after, Limit.of(limit + 1)))
			.stream()
			.map(RuleStore::view)
			.toList();
		return Page.of(fetched, limit, view -> Cursor.encode(view.rule().id()));
	}

	/**
	 * Stores a valid rule (a new version, unless it is the same as the stored one), then
	 * publishes it.
	 */
	Saved put(Rule rule, String by) {
		Saved saved = this.transactions.execute(status -> {
			Optional<RuleRecord> existing = this.rules.findById(rule.id());
			if (existing.isPresent() && !existing.get().deleted && parse(existing.get()).equals(rule)) {
				return new Saved(existing.get(), false, false);
			}
			RuleRecord record = existing.orElseGet(() -> new RuleRecord(rule.id()));
			boolean created = existing.isEmpty() || existing.get().deleted;
			record.definition = AnalyzerJson.MAPPER.writeValueAsString(rule);
			record.deleted = false;
			record.version++;
			record.updatedAt = this.clock.instant();
			record.updatedBy = by;
			return new Saved(this.rules.saveAndFlush(record), created, true);
		});
		if (saved.changed() && this.publisher.publish(rule.id())) {
			saved.record().publishedVersion = saved.record().version;
		}
		return saved;
	}

	/** Deletes a rule (a tombstone on the topic); false when there was none. */
	boolean delete(String id, String by) {
		RuleRecord deleted = this.transactions
			.execute(status -> this.rules.findById(id).filter(rule -> !rule.deleted).map(rule -> {
				rule.deleted = true;
				rule.version++;
				rule.updatedAt = this.clock.instant();
				rule.updatedBy = by;
				return this.rules.saveAndFlush(rule);
			}).orElse(null));
		if (deleted == null) {
			return false;
		}
		this.publisher.publish(id);
		return true;
	}

	static RuleView view(RuleRecord record) {
		return new RuleView(parse(record), record.version, record.updatedAt, record.updatedBy, record.published());
	}

	private static Rule parse(RuleRecord record) {
		return AnalyzerJson.MAPPER.readValue(record.definition, Rule.class).withId(record.id);
	}

	/**
	 * The outcome of a put.
	 *
	 * @param record the stored rule
	 * @param created whether it did not exist (or was deleted) before
	 * @param changed whether a new version was stored
	 */
	record Saved(RuleRecord record, boolean created, boolean changed) {
	}

}
