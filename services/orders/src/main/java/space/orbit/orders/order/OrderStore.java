package space.orbit.orders.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code orders} collection. Inserts are observed as the {@code insert orders} span
 * (db.system=mongodb).
 */
@Component
class OrderStore {

	private final MongoTemplate mongo;

	private final ObservationRegistry observations;

	OrderStore(MongoTemplate mongo, ObservationRegistry observations) {
		this.mongo = mongo;
		this.observations = observations;
	}

	/**
	 * Orders newest first, all or a user's (the lists' keyset order); at most one welcome
	 * order per user; unpublished orders by age.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void declareIndexes() {
		var indexes = this.mongo.indexOps(Order.class);
		indexes.createIndex(new Index().on("createdAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("userId", Sort.Direction.ASC)
			.on("createdAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("welcomeFor", Sort.Direction.ASC).unique().sparse());
		indexes.createIndex(new Index().on("published", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC));
	}

	/**
	 * Inserts a new order.
	 * @throws org.springframework.dao.DuplicateKeyException when its id (or its user's
	 * welcome order) exists already
	 */
	void insert(Order order) {
		Observation.createNotStarted("orbit.orders.insert", this.observations)
			.contextualName("insert orders")
			.lowCardinalityKeyValue("db.system", "mongodb")
			.lowCardinalityKeyValue("db.operation", "insert")
			.lowCardinalityKeyValue("db.collection.name", "orders")
			.observe(() -> this.mongo.insert(order));
	}

	Optional<Order> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Order.class));
	}

	/**
	 * Up to {@code limit} orders, newest first ({@code createdAt}, then id), of one user
	 * or of all when {@code userId} is null, after a cursor's order when one is given.
	 */
	List<Order> newest(String userId, OrderCursor after, int limit) {
		Criteria criteria = (userId != null) ? Criteria.where("userId").is(userId) : new Criteria();
		if (after != null) {
			criteria = criteria.orOperator(Criteria.where("createdAt").lt(after.createdAt()),
					Criteria.where("createdAt").is(after.createdAt()).and("_id").lt(after.id()));
		}
		Query query = new Query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")).limit(limit);
		return this.mongo.find(query, Order.class);
	}

	void markPublished(String id) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("published", true),
				Order.class);
	}

	/** Orders placed before {@code before} whose event JetStream has not acknowledged. */
	List<Order> unpublished(Instant before, int limit) {
		Query query = new Query(Criteria.where("published").is(false).and("createdAt").lt(before))
			.with(Sort.by("createdAt"))
			.limit(limit);
		return this.mongo.find(query, Order.class);
	}

	/** Records inventory's answer on a placed order; false when it had one already. */
	boolean settle(String id, OrderStatus status, String reason) {
		Query placed = Query.query(Criteria.where("_id").is(id).and("status").is(OrderStatus.PLACED));
		Update update = Update.update("status", status).set("reason", reason);
		return this.mongo.updateFirst(placed, update, Order.class).getModifiedCount() > 0;
	}

}
