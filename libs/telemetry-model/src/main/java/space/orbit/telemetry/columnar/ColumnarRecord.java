package space.orbit.telemetry.columnar;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import space.orbit.telemetry.Frame;
import space.orbit.telemetry.TelemetryRecord;
import space.orbit.telemetry.TelemetryRecordReader;

/**
 * The {@code orbit.telemetry.v2} record (ADR 0030 §3.1, byte layout in
 * docs/telemetry-v2.md): the frames of one spacecraft from one batch, written once as
 * columns so that every consumer reads primitive arrays instead of parsing JSON into
 * boxed maps. Encoding is a function of the set of frames: sorted by (t, q), one frame
 * per (t, q), parameters sorted by name, so recovery republishes the very same bytes.
 */
public final class ColumnarRecord {

	static final int MAGIC_O = 'O';

	static final int MAGIC_T = 'T';

	/** The format version this codec writes and reads. */
	public static final int VERSION = 2;

	static final int PRESENCE_ALL = 0;

	static final int PRESENCE_BITMAP = 1;

	private ColumnarRecord() {
	}

	/**
	 * The record of these frames, which must all be of {@code spacecraftId}; their order
	 * does not matter.
	 * @throws IllegalArgumentException when there are no frames, a frame is of another
	 * spacecraft, or a sample is not a finite Double, a Long, a Boolean or a String
	 */
	public static byte[] encode(String spacecraftId, UUID batchId, long receivedAtMicros, int chunk,
			List<Frame> frames) {
		return RecordEncoder.encode(spacecraftId, batchId, receivedAtMicros, chunk,
				FrameRow.sortedDistinct(rows(spacecraftId, frames)));
	}

	/**
	 * The v2 form of a v1 record (whose batch id must be a UUID).
	 * @throws IllegalArgumentException as {@link #encode(String, UUID, long, int, List)}
	 */
	public static byte[] encode(TelemetryRecord record, int chunk) {
		List<FrameRow> rows = new ArrayList<>(record.frames().size());
		for (TelemetryRecord.Frame frame : record.frames()) {
			rows.add(new FrameRow(frame.timeMicros(), frame.sequence(), frame.samples()));
		}
		return RecordEncoder.encode(record.spacecraftId(), UUID.fromString(record.batchId()), record.receivedAtMicros(),
				chunk, FrameRow.sortedDistinct(rows));
	}

	/**
	 * Every column of the record.
	 * @throws UnreadableRecordException when the bytes are not a well-formed record
	 */
	public static TelemetryColumns decode(byte[] record) {
		return RecordDecoder.decode(record, name -> true);
	}

	/**
	 * The frame keys and only the columns whose names {@code parameters} accepts; the
	 * others are skipped by their length, not decoded.
	 * @throws UnreadableRecordException when the bytes are not a well-formed record
	 */
	public static TelemetryColumns decode(byte[] record, Predicate<String> parameters) {
		return RecordDecoder.decode(record, parameters);
	}

	static List<FrameRow> rows(String spacecraftId, List<Frame> frames) {
		List<FrameRow> rows = new ArrayList<>(frames.size());
		for (Frame frame : frames) {
			if (!frame.spacecraftId().equals(spacecraftId)) {
				throw new IllegalArgumentException(
						"a frame of " + frame.spacecraftId() + " in a record of " + spacecraftId);
			}
			rows.add(new FrameRow(TelemetryRecordReader.micros(frame.timestamp()), frame.sequence(), frame.samples()));
		}
		return rows;
	}

}
