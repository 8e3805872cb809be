package space.orbit.inventory.stock;

import java.util.List;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The MongoDB {@code stock_levels} projection. An upsert applies only a newer ledger
 * version, so a late or repeated projection never overwrites a fresher one.
 */
@Component
public class StockLevels {

	private final MongoTemplate mongo;

	private final ObservationRegistry observations;

	StockLevels(MongoTemplate mongo, ObservationRegistry observations) {
		this.mongo = mongo;
		this.observations = observations;
	}

	/** Projects ledger rows (observed as the {@code upsert stock_levels} span). */
	public void project(List<StockLevel> levels) {
		Observation.createNotStarted("orbit.stock.project", this.observations)
			.contextualName("upsert stock_levels")
			.lowCardinalityKeyValue("db.system", "mongodb")
			.lowCardinalityKeyValue("db.operation", "update")
			.observe(() -> levels.forEach(this::upsert));
	}

	private void upsert(StockLevel level) {
		Query olderOrMissing = Query.query(Criteria.where("_id").is(level.id()).and("version").lt(level.version()));
		Update update = Update.update("item", level.item())
			.set("depot", level.depot())
			.set("quantity", level.quantity())
			.set("version", level.version())
			.set("updatedAt", level.updatedAt());
		try {
			this.mongo.upsert(olderOrMissing, update, StockLevel.class);
		}
		catch (DuplicateKeyException ex) {
			// The document holds this version or a newer one already.
		}
	}

	/** The lists' keyset order: by item, then depot. */
	@EventListener(ApplicationReadyEvent.class)
	void declareIndexes() {
		this.mongo.indexOps(StockLevel.class)
			.createIndex(new Index().on("item", Sort.Direction.ASC).on("depot", Sort.Direction.ASC));
	}

	/**
	 * Up to {@code limit} levels by item, then depot, of one item and one depot when
	 * given, after a cursor's level when one is given.
	 */
	List<StockLevel> find(String item, String depot, StockLevelCursor after, int limit) {
		Criteria criteria = new Criteria();
		if (item != null) {
			criteria = criteria.and("item").is(item);
		}
		if (depot != null) {
			criteria = criteria.and("depot").is(depot);
		}
		if (after != null) {
			criteria = criteria.orOperator(Criteria.where("item").gt(after.item()),
					Criteria.where("item").is(after.item()).and("depot").gt(after.depot()));
		}
		return this.mongo.find(new Query(criteria).with(Sort.by("item", "depot")).limit(limit), StockLevel.class);
	}

}
