package space.orbit.processor.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
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

	static final List<String> KINDS = List.of("mission", "spacecraft", "parameter");

	private final JdbcClient jdbc;

	RegistryAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records that the current actor created or replaced {@code record}. */
	void saved(RegistryRecord record, boolean created, Long version, Instant at) {
		String summary = (created ? "Created " : "Replaced ") + describe(record)
				+ (created ? "" : " (version " + version + ")");
		append(at, created ? AuditEntry.Action.CREATED : AuditEntry.Action.UPDATED, record.registryKey(), summary);
	}

	/** Records that the current actor deleted the record of {@code key}. */
	void deleted(RegistryKey key, Instant at) {
		append(at, AuditEntry.Action.DELETED, key, "Deleted " + kind(key) + " " + entityId(key));
	}

	/**
	 * Up to {@code count} entries, newest first, before the entry {@code beforeId} (null:
	 * the newest), of one kind of record or one record (nulls: all).
	 */
	List<AuditEntry> page(String kind, String entityId, Long beforeId, int count) {
		return this.jdbc.sql("""
				SELECT id, at, actor, action, entity_kind, entity_id, summary FROM registry_audit
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
					row.getString("entity_kind"), row.getString("entity_id"), row.getString("summary")))
			.list();
	}

	private void append(Instant at, AuditEntry.Action action, RegistryKey key, String summary) {
		this.jdbc
			.sql("INSERT INTO registry_audit (at, actor, action, entity_kind, entity_id, summary) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(Timestamp.from(at), Actor.current(), action.name(), kind(key), entityId(key), summary)
			.update();
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
