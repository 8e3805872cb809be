package space.orbit.inventory.stock;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The stock tables in PostgreSQL: the truth that {@code stock_levels} projects. */
@Component
public class StockLedger {

	private static final RowMapper<StockLevel> LEVEL = (rows, n) -> new StockLevel(
			rows.getString("depot") + "/" + rows.getString("item"), rows.getString("item"), rows.getString("depot"),
			rows.getLong("quantity"), rows.getLong("version"), rows.getTimestamp("updated_at").toInstant());

	private final JdbcTemplate jdbc;

	private final Clock clock;

	StockLedger(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Adds stock (a receipt), recording {@code actor} as who received it; returns the new
	 * level.
	 */
	@Transactional
	public StockLevel receive(String item, String depot, long quantity, String actor) {
		Timestamp now = Timestamp.from(this.clock.instant());
		StockLevel level = this.jdbc.queryForObject(
				"""
						INSERT INTO stock (item, depot, quantity, version, updated_at) VALUES (?, ?, ?, 1, ?)
						ON CONFLICT (item, depot) DO UPDATE
						SET quantity = stock.quantity + EXCLUDED.quantity, version = stock.version + 1, updated_at = EXCLUDED.updated_at
						RETURNING *""",
				LEVEL, item, depot, quantity, now);
		movement(item, depot, quantity, "receipt", null, actor, now);
		return level;
	}

	/**
	 * The rows of these items, locked for the current transaction, fullest depot first.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<StockLevel> lock(List<String> items) {
		return this.jdbc
			.query("SELECT * FROM stock WHERE item = ANY (?) ORDER BY item, depot FOR UPDATE", LEVEL,
					(Object) items.toArray(String[]::new))
			.stream()
			.sorted((a, b) -> Long.compare(b.quantity(), a.quantity()))
			.toList();
	}

	/**
	 * Takes stock for an order, in the current transaction, recording {@code actor} (who
	 * placed the order); returns the new level.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public StockLevel take(String item, String depot, long quantity, String orderId, String actor) {
		Timestamp now = Timestamp.from(this.clock.instant());
		StockLevel level = this.jdbc.queryForObject("""
				UPDATE stock SET quantity = quantity - ?, version = version + 1, updated_at = ?
				WHERE item = ? AND depot = ? RETURNING *""", LEVEL, quantity, now, item, depot);
		movement(item, depot, -quantity, "reservation", orderId, actor, now);
		return level;
	}

	/** The current rows of these items. */
	public List<StockLevel> levels(List<String> items) {
		return this.jdbc.query("SELECT * FROM stock WHERE item = ANY (?)", LEVEL,
				(Object) items.toArray(String[]::new));
	}

	private void movement(String item, String depot, long delta, String reason, String orderId, String actor,
			Timestamp at) {
		this.jdbc.update("INSERT INTO stock_movement (item, depot, delta, reason, order_id, actor, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)", item, depot, delta, reason, orderId, actor, at);
	}

	Instant now() {
		return this.clock.instant();
	}

}
