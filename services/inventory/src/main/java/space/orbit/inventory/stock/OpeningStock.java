package space.orbit.inventory.stock;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import space.orbit.inventory.InventoryProperties;

/**
 * Receives {@code orbit.inventory.opening-stock} at start-up when the ledger is empty,
 * through the same path as {@code POST /api/inventory} (ledger, then projection).
 */
@Component
class OpeningStock implements ApplicationRunner {

	/** Who received the opening stock: no person, the service at start-up. */
	static final String RECEIVER = "orbit-inventory (opening stock)";

	private static final Logger log = LoggerFactory.getLogger(OpeningStock.class);

	private final StockLedger ledger;

	private final StockLevels levels;

	private final JdbcTemplate jdbc;

	private final List<String> entries;

	OpeningStock(StockLedger ledger, StockLevels levels, JdbcTemplate jdbc, InventoryProperties properties) {
		this.ledger = ledger;
		this.levels = levels;
		this.jdbc = jdbc;
		this.entries = properties.openingStock();
	}

	@Override
	public void run(ApplicationArguments args) {
		Long rows = this.jdbc.queryForObject("SELECT count(*) FROM stock", Long.class);
		if (this.entries.isEmpty() || rows == null || rows > 0) {
			return;
		}
		List<StockLevel> received = new ArrayList<>();
		for (String entry : this.entries) {
			int at = entry.indexOf('@');
			int colon = entry.lastIndexOf(':');
			received.add(this.ledger.receive(entry.substring(0, at), entry.substring(at + 1, colon),
					Long.parseLong(entry.substring(colon + 1)), RECEIVER));
		}
		this.levels.project(received);
		log.info("Received the opening stock: {}", this.entries);
	}

}
