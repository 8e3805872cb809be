package space.orbit.telemetry.columnar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import space.orbit.telemetry.TelemetryRecord;
import space.orbit.telemetry.TelemetryRecordReader;

/**
 * Reads a telemetry record of either contract into columns, chosen by the record's
 * {@code content-type} header: {@value #COLUMNS_CONTENT_TYPE} is an
 * {@code orbit.telemetry.v2} record, decoded as it is; anything else (the processor wrote
 * {@value #JSON_CONTENT_TYPE} for {@code orbit.telemetry.v1}) is read as v1 JSON and
 * converted, so a consumer has one code path on {@link TelemetryColumns} whichever topic
 * it reads (ADR 0030, "Migrating the contract"). The conversion puts the frames in the v2
 * order, (t, q), one per (t, q), as the processor has always published them.
 */
public final class TelemetryRecords {

	/** The content type of a v2 record. */
	public static final String COLUMNS_CONTENT_TYPE = "application/vnd.orbit.telemetry-columns";

	/** The content type of a v1 record. */
	public static final String JSON_CONTENT_TYPE = "application/json";

	/** The CloudEvents type of a v2 record. */
	public static final String COLUMNS_EVENT_TYPE = "space.orbit.telemetry.frames.v2";

	/** The CloudEvents type of a v1 record. */
	public static final String JSON_EVENT_TYPE = "space.orbit.telemetry.frames.v1";

	/** The batch id of a v1 record that has none. */
	private static final UUID NO_BATCH = new UUID(0, 0);

	private TelemetryRecords() {
	}

	/** Whether a record of this content type (the header's value, or null) is v2. */
	public static boolean isColumns(String contentType) {
		return contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith(COLUMNS_CONTENT_TYPE);
	}

	/**
	 * Every column of the record.
	 * @param contentType the record's {@code content-type} header, or null (v1)
	 * @throws UnreadableRecordException when the bytes are not a record of that type
	 */
	public static TelemetryColumns read(String contentType, byte[] value) {
		return read(contentType, value, name -> true);
	}

	/**
	 * The frame keys and the columns {@code parameters} accepts (the others of a v2
	 * record are skipped by their length, not decoded).
	 * @param contentType the record's {@code content-type} header, or null (v1)
	 * @throws UnreadableRecordException when the bytes are not a record of that type
	 */
	public static TelemetryColumns read(String contentType, byte[] value, Predicate<String> parameters) {
		if (value == null) {
			throw new UnreadableRecordException("the record has no value");
		}
		if (isColumns(contentType)) {
			return ColumnarRecord.decode(value, parameters);
		}
		TelemetryRecord record;
		try {
			record = TelemetryRecordReader.read(value);
		}
		catch (RuntimeException ex) {
			throw new UnreadableRecordException("not a telemetry record (v1 JSON): " + ex.getMessage(), ex);
		}
		UUID batchId;
		try {
			batchId = (record.batchId() != null) ? UUID.fromString(record.batchId()) : NO_BATCH;
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableRecordException("the v1 record's batchId is not a UUID: " + record.batchId(), ex);
		}
		List<FrameRow> rows = new ArrayList<>(record.frames().size());
		for (TelemetryRecord.Frame frame : record.frames()) {
			rows.add(new FrameRow(frame.timeMicros(), frame.sequence(), frame.samples()));
		}
		if (rows.isEmpty()) {
			return new TelemetryColumns(record.spacecraftId(), batchId, record.receivedAtMicros(), 0, new long[0],
					new long[0]);
		}
		byte[] columns;
		try {
			columns = RecordEncoder.encode(record.spacecraftId(), batchId, record.receivedAtMicros(), 0,
					FrameRow.sortedDistinct(rows));
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableRecordException("the v1 record cannot be read as columns: " + ex.getMessage(), ex);
		}
		return ColumnarRecord.decode(columns, parameters);
	}

}
