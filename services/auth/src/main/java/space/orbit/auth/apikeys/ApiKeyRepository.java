package space.orbit.auth.apikeys;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API keys in PostgreSQL (table {@code api_key}); lists keyset-paged on
 * {@code (created_at, id)}, index api_key_created.
 */
@Repository
class ApiKeyRepository {

	private static final String COLUMNS = "id, name, spacecraft, key_sha256, created_at, created_by, revoked_at, revoked_by";

	private final JdbcClient jdbc;

	ApiKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ApiKey key) {
		this.jdbc
			.sql("INSERT INTO api_key (id, name, spacecraft, key_sha256, created_at, created_by) "
					+ "VALUES (:id, :name, :spacecraft, :sha256, :createdAt, :createdBy)")
			.param("id", key.id())
			.param("name", key.name())
			.param("spacecraft", key.spacecraft().toArray(String[]::new))
			.param("sha256", key.sha256())
			.param("createdAt", Timestamp.from(key.createdAt()))
			.param("createdBy", key.createdBy())
			.update();
	}

	Optional<ApiKey> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE id = :id")
			.param("id", id)
			.query(ApiKeyRepository::row)
			.optional();
	}

	/** The oldest keys, active or revoked. */
	List<ApiKey> oldest(int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM api_key ORDER BY created_at, id LIMIT :limit")
			.param("limit", limit)
			.query(ApiKeyRepository::row)
			.list();
	}

	/** The keys after {@code (createdAt, id)}, oldest first. */
	List<ApiKey> after(Instant createdAt, UUID id, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM api_key WHERE (created_at, id) > (:createdAt, :id) "
					+ "ORDER BY created_at, id LIMIT :limit")
			.param("createdAt", Timestamp.from(createdAt))
			.param("id", id)
			.param("limit", limit)
			.query(ApiKeyRepository::row)
			.list();
	}

	/** Every key not revoked. */
	List<ApiKey> active() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE revoked_at IS NULL ORDER BY created_at, id")
			.query(ApiKeyRepository::row)
			.list();
	}

	/**
	 * Revokes a key; a key revoked already keeps its first revocation.
	 * @return whether the key exists
	 */
	boolean revoke(UUID id, Instant at, String by) {
		return this.jdbc
			.sql("UPDATE api_key SET revoked_at = coalesce(revoked_at, :at), revoked_by = coalesce(revoked_by, :by) "
					+ "WHERE id = :id")
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("id", id)
			.update() == 1;
	}

	private static ApiKey row(ResultSet row, int number) throws SQLException {
		Array spacecraft = row.getArray("spacecraft");
		Timestamp revokedAt = row.getTimestamp("revoked_at");
		return new ApiKey(row.getObject("id", UUID.class), row.getString("name"),
				List.of((String[]) spacecraft.getArray()), row.getString("key_sha256"),
				row.getTimestamp("created_at").toInstant(), row.getString("created_by"),
				(revokedAt != null) ? revokedAt.toInstant() : null, row.getString("revoked_by"));
	}

}
