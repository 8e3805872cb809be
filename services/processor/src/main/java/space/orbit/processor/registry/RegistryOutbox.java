package space.orbit.processor.registry;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import space.orbit.registry.RegistryKey;

/**
 * Keys of changed records, written in the change's own transaction; {@link RegistryRelay}
 * publishes each record's state at the time it relays (payload-free, as ADR 0002).
 */
@Component
class RegistryOutbox {

	/** Pending rows: (id, key). */
	record Pending(long id, String key) {
	}

	private final JdbcTemplate jdbc;

	RegistryOutbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void changed(RegistryKey key) {
		this.jdbc.update("INSERT INTO registry_outbox (record_key) VALUES (?)", key.toString());
	}

	/**
	 * Every record, again: the topic is rebuilt from the database (compaction keeps the
	 * last).
	 */
	int republishAll() {
		return this.jdbc.update("""
				INSERT INTO registry_outbox (record_key)
				SELECT 'mission/' || id FROM mission
				UNION ALL SELECT 'spacecraft/' || id FROM spacecraft
				UNION ALL SELECT 'parameter/' || mission_id || '/' || name FROM parameter_definition""");
	}

	/** The oldest pending rows, locked for this transaction (others skip them). */
	List<Pending> lockPending(int limit) {
		return this.jdbc.query("SELECT id, record_key FROM registry_outbox ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
				(row, i) -> new Pending(row.getLong(1), row.getString(2)), limit);
	}

	void delete(List<Pending> published) {
		Long[] ids = published.stream().map(Pending::id).toArray(Long[]::new);
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("DELETE FROM registry_outbox WHERE id = ANY (?)");
			statement.setArray(1, connection.createArrayOf("bigint", ids));
			return statement;
		});
	}

}
