package space.orbit.processor.telemetry;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.RawTelemetryBatch;
import space.orbit.telemetry.TelemetryBatch;
import space.orbit.telemetry.TelemetryCodec;

/**
 * The frames table: a whole batch inserted by one statement (arrays unnested
 * server-side), its new frames returned; duplicates of stored frames are skipped by the
 * primary key.
 */
@Repository
class FrameStore {

	private static final String INSERT = """
			INSERT INTO telemetry_frame (spacecraft_id, ts, sequence, batch_id, received_at, sample_count, samples)
			SELECT u.s, u.t::timestamptz, u.q, ?, ?, u.c, u.j::jsonb
			FROM unnest(?::text[], ?::text[], ?::int8[], ?::int4[], ?::text[]) AS u(s, t, q, c, j)
			ON CONFLICT DO NOTHING
			RETURNING spacecraft_id, ts, sequence""";

	private static final String LOAD = """
			SELECT spacecraft_id, ts, sequence, sample_count, samples::text FROM telemetry_frame
			WHERE ts BETWEEN ? AND ? AND batch_id = ?""";

	private final JdbcTemplate jdbc;

	FrameStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the batch's frames (in the caller's transaction); returns those that were
	 * new.
	 */
	List<StoredFrame> insert(RawTelemetryBatch raw) {
		TelemetryBatch batch = raw.batch();
		List<Frame> frames = batch.frames();
		int n = frames.size();
		String[] ids = new String[n];
		String[] timestamps = new String[n];
		Long[] sequences = new Long[n];
		Integer[] counts = new Integer[n];
		String[] samples = new String[n];
		for (int i = 0; i < n; i++) {
			Frame frame = frames.get(i);
			ids[i] = frame.spacecraftId();
			timestamps[i] = TelemetryCodec.formatTimestamp(frame.timestamp());
			sequences[i] = frame.sequence();
			counts[i] = frame.sampleCount();
			samples[i] = raw.samplesJson().get(i);
		}
		Set<Frame.FrameKey> inserted = this.jdbc.execute((ConnectionCallback<Set<Frame.FrameKey>>) connection -> {
			try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
				statement.setObject(1, batch.batchId());
				statement.setObject(2, batch.receivedAt().atOffset(ZoneOffset.UTC));
				Array[] arrays = { connection.createArrayOf("text", ids), connection.createArrayOf("text", timestamps),
						connection.createArrayOf("int8", sequences), connection.createArrayOf("int4", counts),
						connection.createArrayOf("text", samples) };
				for (int i = 0; i < arrays.length; i++) {
					statement.setArray(3 + i, arrays[i]);
				}
				Set<Frame.FrameKey> keys = new HashSet<>();
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						keys.add(new Frame.FrameKey(rows.getString(1), rows.getLong(3),
								rows.getObject(2, OffsetDateTime.class).toInstant()));
					}
				}
				return keys;
			}
		});
		List<StoredFrame> fresh = new ArrayList<>(inserted.size());
		for (int i = 0; i < n; i++) {
			Frame frame = frames.get(i);
			if (inserted.remove(frame.key())) {
				fresh.add(new StoredFrame(frame.spacecraftId(), frame.timestamp(), frame.sequence(),
						frame.sampleCount(), samples[i], frame.samples()));
			}
		}
		return fresh;
	}

	/**
	 * The frames a batch stored, found by its id within its time range (outbox recovery).
	 */
	List<StoredFrame> load(UUID batchId, Instant minTs, Instant maxTs) {
		return this.jdbc.query(LOAD,
				(row, i) -> new StoredFrame(row.getString(1), row.getObject(2, OffsetDateTime.class).toInstant(),
						row.getLong(3), row.getInt(4), row.getString(5)),
				Timestamp.from(minTs), Timestamp.from(maxTs), batchId);
	}

}
