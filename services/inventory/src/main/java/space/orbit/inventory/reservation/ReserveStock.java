package space.orbit.inventory.reservation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.orbit.inventory.stock.StockLedger;
import space.orbit.inventory.stock.StockLevel;

/**
 * Reserves an order's stock, all or nothing, once per order: the reservation row is
 * written first, so a second delivery finds it and changes no stock.
 */
@Service
class ReserveStock {

	private final JdbcTemplate jdbc;

	private final StockLedger ledger;

	private final Clock clock;

	ReserveStock(JdbcTemplate jdbc, StockLedger ledger, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.clock = clock;
	}

	/** Reserves an order's lines, recording {@code placedBy} on the stock it takes. */
	@Transactional
	Reservation reserve(String orderId, List<OrderLine> lines, String placedBy) {
		Map<String, Long> wanted = new LinkedHashMap<>();
		lines.forEach(line -> wanted.merge(line.item(), line.quantity(), Long::sum));
		List<String> items = List.copyOf(wanted.keySet());
		int inserted = this.jdbc
			.update("INSERT INTO reservation (order_id, status, created_at) VALUES (?, 'PENDING', ?) "
					+ "ON CONFLICT (order_id) DO NOTHING", orderId, Timestamp.from(this.clock.instant()));
		if (inserted == 0) {
			Map<String, Object> earlier = this.jdbc
				.queryForMap("SELECT status, reason FROM reservation WHERE order_id = ?", orderId);
			return new Reservation(orderId, "RESERVED".equals(earlier.get("status")), (String) earlier.get("reason"),
					List.of(), items);
		}
		List<StockLevel> stock = this.ledger.lock(items);
		String shortage = shortage(wanted, stock);
		if (shortage != null) {
			this.jdbc.update("UPDATE reservation SET status = 'REJECTED', reason = ? WHERE order_id = ?", shortage,
					orderId);
			return new Reservation(orderId, false, shortage, List.of(), items);
		}
		List<StockLevel> changed = new ArrayList<>();
		wanted.forEach((item, quantity) -> {
			long left = quantity;
			for (StockLevel level : stock) {
				if (left > 0 && level.item().equals(item) && level.quantity() > 0) {
					long take = Math.min(left, level.quantity());
					changed.add(this.ledger.take(item, level.depot(), take, orderId, placedBy));
					left -= take;
				}
			}
		});
		this.jdbc.update("UPDATE reservation SET status = 'RESERVED' WHERE order_id = ?", orderId);
		return new Reservation(orderId, true, null, changed, items);
	}

	private static String shortage(Map<String, Long> wanted, List<StockLevel> stock) {
		List<String> missing = new ArrayList<>();
		wanted.forEach((item, quantity) -> {
			long available = stock.stream().filter(l -> l.item().equals(item)).mapToLong(StockLevel::quantity).sum();
			if (available < quantity) {
				missing.add(item + " (requested " + quantity + ", available " + available + ")");
			}
		});
		return missing.isEmpty() ? null : "not enough stock: " + String.join(", ", missing);
	}

}
