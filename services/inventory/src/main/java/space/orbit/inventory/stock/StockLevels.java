package space.orbit.inventory.stock;

import java.util.List;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
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

	List<StockLevel> find(String item, String depot, int limit) {
		Criteria criteria = new Criteria();
		if (item != null) {
			criteria = criteria.and("item").is(item);
		}
		if (depot != null) {
			criteria = criteria.and("depot").is(depot);
		}
		return this.mongo.find(new Query(criteria).with(Sort.by("item", "depot")).limit(limit), StockLevel.class);
	}

}
