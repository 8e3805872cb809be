package space.orbit.processor.samples;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import space.orbit.telemetry.TelemetryCodec;

/**
 * Samples out of frame rows: a parameter picked from each frame's jsonb, or every sample
 * of each frame expanded with {@code jsonb_each}. Keyset pagination, so page N costs what
 * page 1 costs.
 */
@Repository
class SampleRepository {

	private static final RowMapper<Sample> SAMPLE = (row, i) -> new Sample(row.getString(1), row.getString(4),
			TelemetryCodec.formatTimestamp(row.getObject(2, OffsetDateTime.class).toInstant()), row.getLong(3),
			row.getString(5));

	private final JdbcTemplate jdbc;

	SampleRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Sample> find(SampleQuery query) {
		List<Object> args = new ArrayList<>();
		StringBuilder sql = new StringBuilder();
		if (query.parameter() != null) {
			sql.append("SELECT f.spacecraft_id, f.ts, f.sequence, ?::text, (f.samples -> ?)::text ")
				.append("FROM telemetry_frame f WHERE f.samples -> ? IS NOT NULL");
			args.add(query.parameter());
			args.add(query.parameter());
			args.add(query.parameter());
		}
		else {
			sql.append("SELECT f.spacecraft_id, f.ts, f.sequence, kv.key, kv.value::text ")
				.append("FROM telemetry_frame f CROSS JOIN LATERAL jsonb_each(f.samples) kv WHERE true");
		}
		sql.append(" AND f.ts >= ? AND f.ts < ?");
		args.add(timestamp(query.from()));
		args.add(timestamp(query.to()));
		if (query.spacecraftId() != null) {
			sql.append(" AND f.spacecraft_id = ?");
			args.add(query.spacecraftId());
		}
		Sample.Key after = query.after();
		if (after != null) {
			sql.append(" AND f.ts >= ?");
			args.add(timestamp(after.timestamp()));
			if (query.parameter() != null) {
				sql.append(" AND (f.ts, f.spacecraft_id, f.sequence) > (?, ?, ?)");
			}
			else {
				sql.append(" AND (f.ts, f.spacecraft_id, f.sequence, kv.key) > (?, ?, ?, ?)");
			}
			args.add(timestamp(after.timestamp()));
			args.add(after.spacecraftId());
			args.add(after.sequence());
			if (query.parameter() == null) {
				args.add(after.parameter());
			}
		}
		sql.append((query.parameter() != null) ? " ORDER BY f.ts, f.spacecraft_id, f.sequence"
				: " ORDER BY f.ts, f.spacecraft_id, f.sequence, kv.key");
		sql.append(" LIMIT ?");
		args.add(query.limit());
		return this.jdbc.query(sql.toString(), SAMPLE, args.toArray());
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant);
	}

}
