package space.orbit.processor.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import space.orbit.kit.security.Actor;
import space.orbit.registry.Mission;
import space.orbit.registry.ParameterDefinition;
import space.orbit.registry.RegistryKey;
import space.orbit.registry.RegistryRecord;
import space.orbit.registry.Spacecraft;

/**
 * The mission database's audit trail ({@code registry_audit}): who changed which record,
 * when and to what. Written in the change's own transaction, read newest first.
 */
@Component
class RegistryAudit {

	/** The header a client names its operator in, where security is off (ADR 0014). */
	static final String USER_HEADER = "X-Orbit-User";

	static final List<String> KINDS = List.of("mission", "spacecraft", "parameter");

	private final JdbcClient jdbc;

	RegistryAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that the current actor created {@code record} ({@code before} null) or
	 * replaced {@code before} with it.
	 */
	void saved(RegistryRecord before, RegistryRecord record, Long version, Instant at) {
		boolean created = before == null;
		String summary = (created ? "Created " : "Replaced ") + describe(record)
				+ (created ? "" : " (version " + version + ")");
		append(at, created ? AuditEntry.Action.CREATED : AuditEntry.Action.UPDATED, record.registryKey(), summary,
				before, record);
	}

	/** Records that the current actor deleted {@code before}. */
	void deleted(RegistryRecord before, Instant at) {
		RegistryKey key = before.registryKey();
		append(at, AuditEntry.Action.DELETED, key, "Deleted " + kind(key) + " " + entityId(key), before, null);
	}

	/**
	 * Up to {@code count} entries, newest first, before the entry {@code beforeId} (null:
	 * the newest), of one kind of record or one record (nulls: all).
	 */
	List<AuditEntry> page(String kind, String entityId, Long beforeId, int count) {
		return this.jdbc.sql("""
				SELECT id, at, actor, action, entity_kind, entity_id, summary,
				       before::text AS before, after::text AS after FROM registry_audit
				WHERE (CAST(:kind AS text) IS NULL OR entity_kind = :kind)
				  AND (CAST(:entityId AS text) IS NULL OR entity_id = :entityId)
				  AND (CAST(:before AS bigint) IS NULL OR id < :before)
				ORDER BY id DESC LIMIT :count""")
			.param("kind", kind)
			.param("entityId", entityId)
			.param("before", beforeId)
			.param("count", count)
			.query((row, i) -> new AuditEntry(row.getLong("id"), row.getTimestamp("at").toInstant(),
					row.getString("actor"), AuditEntry.Action.valueOf(row.getString("action")),
					row.getString("entity_kind"), row.getString("entity_id"), row.getString("summary"),
					fields(row.getString("before")), fields(row.getString("after"))))
			.list();
	}

	private void append(Instant at, AuditEntry.Action action, RegistryKey key, String summary, RegistryRecord before,
			RegistryRecord after) {
		this.jdbc
			.sql("INSERT INTO registry_audit (at, actor, action, entity_kind, entity_id, summary, before, after) "
					+ "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))")
			.params(Timestamp.from(at), Actor.current(claimedUser()), action.name(), kind(key), entityId(key), summary,
					RegistryJson.write(before), RegistryJson.write(after))
			.update();
	}

	/**
	 * The operator a client names in {@code X-Orbit-User} (the console does), recorded
	 * only where the service runs without authentication: a token's subject always wins.
	 */
	private static String claimedUser() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				? request.getRequest().getHeader(USER_HEADER) : null;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> fields(String json) {
		return RegistryJson.read(json, Map.class);
	}

	static String kind(RegistryKey key) {
		return switch (key) {
			case RegistryKey.MissionKey k -> "mission";
			case RegistryKey.SpacecraftKey k -> "spacecraft";
			case RegistryKey.ParameterKey k -> "parameter";
		};
	}

	static String entityId(RegistryKey key) {
		return switch (key) {
			case RegistryKey.MissionKey k -> k.id();
			case RegistryKey.SpacecraftKey k -> k.id();
			case RegistryKey.ParameterKey k -> k.missionId() + "/" + k.name();
		};
	}

	private static String describe(RegistryRecord record) {
		return switch (record) {
			case Mission m -> "mission " + m.id() + " '" + m.name() + "'";
			case Spacecraft s -> "spacecraft " + s.id() + " '" + s.name() + "' of mission " + s.missionId()
					+ ((s.noradId() != null) ? ", NORAD " + s.noradId() : "")
					+ ((s.tle() != null) ? ", with a TLE" : ", without a TLE");
			case ParameterDefinition p -> "parameter " + p.name() + " of mission " + p.missionId() + " ("
					+ p.subsystem() + ", " + p.rawType() + ((p.unit() != null) ? ", " + p.unit() : "")
					+ ((p.calibration() != null) ? ", calibrated" : "") + ((p.limits() != null) ? ", with limits" : "")
					+ ")";
		};
	}

}
