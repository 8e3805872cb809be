package space.orbit.telemetry.columnar;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.zip.CRC32C;

import static space.orbit.telemetry.columnar.ByteSource.unreadable;

/**
 * Reads a record: checks the CRC32C first, then every field in order, refusing anything
 * the writer would not have written (unknown flags, unsorted frames or names, lengths
 * that do not add up), and decodes only the columns asked for.
 */
final class RecordDecoder {

	/**
	 * Magic (2 bytes), version and flags: checked by {@link #checkFrame} before the rest.
	 */
	private static final int HEADER = 4;

	/** Magic to flags, a one-byte id, the UUID, receivedAt, chunk, n, t, q, p, CRC. */
	private static final int SMALLEST = HEADER + 2 + 16 + 8 + 1 + 1 + 8 + 1 + 1 + 4;

	private RecordDecoder() {
	}

	static TelemetryColumns decode(byte[] bytes, Predicate<String> wanted) {
		try {
			checkFrame(bytes);
			ByteSource in = new ByteSource(bytes, bytes.length - 4);
			in.skip(HEADER);
			String spacecraftId = in.readText("spacecraftId");
			if (spacecraftId.isEmpty()) {
				throw unreadable("the spacecraftId is empty");
			}
			UUID batchId = new UUID(in.readLongBigEndian(), in.readLongBigEndian());
			long receivedAt = in.readLong();
			int chunk = in.readCount(Integer.MAX_VALUE, "chunk");
			int n = in.readCount(in.remaining() / 2, "frame count");
			if (n == 0) {
				throw unreadable("a record holds at least one frame");
			}
			long[] times = new long[n];
			long[] sequences = new long[n];
			readKeys(in, times, sequences);
			return columns(in, wanted,
					new TelemetryColumns(spacecraftId, batchId, receivedAt, chunk, times, sequences));
		}
		catch (UnreadableRecordException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new UnreadableRecordException("not a telemetry record: " + ex, ex);
		}
	}

	private static void checkFrame(byte[] bytes) {
		if (bytes.length < SMALLEST) {
			throw unreadable("a record has at least " + SMALLEST + " bytes, this one " + bytes.length);
		}
		if (bytes[0] != ColumnarRecord.MAGIC_O || bytes[1] != ColumnarRecord.MAGIC_T) {
			throw unreadable(
					"not an Orbit telemetry record (magic " + (bytes[0] & 0xFF) + " " + (bytes[1] & 0xFF) + ")");
		}
		if (bytes[2] != ColumnarRecord.VERSION) {
			throw unreadable("version " + (bytes[2] & 0xFF) + " is not " + ColumnarRecord.VERSION);
		}
		CRC32C crc = new CRC32C();
		crc.update(bytes, 0, bytes.length - 4);
		int stored = ByteBuffer.wrap(bytes, bytes.length - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
		if (stored != (int) crc.getValue()) {
			throw unreadable("the CRC32C does not match: the record is damaged");
		}
		if (bytes[3] != 0) {
			throw unreadable("unknown flags " + (bytes[3] & 0xFF));
		}
	}

	private static void readKeys(ByteSource in, long[] times, long[] sequences) {
		times[0] = in.readLong();
		for (int i = 1; i < times.length; i++) {
			times[i] = times[i - 1] + in.readZigzag();
		}
		long previous = 0;
		for (int i = 0; i < sequences.length; i++) {
			previous += in.readZigzag();
			sequences[i] = previous;
			if (i > 0 && (times[i] < times[i - 1] || (times[i] == times[i - 1] && previous <= sequences[i - 1]))) {
				throw unreadable("frame " + i + " is not after frame " + (i - 1) + " in (t, q) order");
			}
		}
	}

	private static TelemetryColumns columns(ByteSource in, Predicate<String> wanted, TelemetryColumns keys) {
		int p = in.readCount(in.remaining() / 5, "parameter count");
		String[] names = new String[p];
		ColumnType[] types = new ColumnType[p];
		int[] lengths = new int[p];
		long total = 0;
		for (int j = 0; j < p; j++) {
			names[j] = in.readText("a parameter name");
			if (names[j].isEmpty() || (j > 0 && names[j - 1].compareTo(names[j]) >= 0)) {
				throw unreadable(
						"parameter " + j + " is empty or not after " + ((j > 0) ? names[j - 1] : "") + " by name");
			}
			types[j] = ColumnType.of(in.readByte());
			if (types[j] == null) {
				throw unreadable("parameter " + names[j] + " has an unknown type");
			}
			lengths[j] = in.readCount(in.remaining(), "the byte length of " + names[j]);
			total += lengths[j];
		}
		if (total != in.remaining()) {
			throw unreadable("the columns' lengths add up to " + total + " bytes, the record holds " + in.remaining());
		}
		return read(in, wanted, keys, names, types, lengths);
	}

	private static TelemetryColumns read(ByteSource in, Predicate<String> wanted, TelemetryColumns keys, String[] names,
			ColumnType[] types, int[] lengths) {
		int n = keys.frameCount();
		List<TelemetryColumn> columns = new ArrayList<>();
		int sampleCount = 0;
		int position = in.position();
		for (int j = 0; j < names.length; j++) {
			in.window(position, position + lengths[j]);
			if (wanted.test(names[j])) {
				TelemetryColumn column = ColumnDecoder.read(in, names[j], types[j], n);
				columns.add(column);
				sampleCount = Math.addExact(sampleCount, column.count());
			}
			else {
				sampleCount = Math.addExact(sampleCount, ColumnDecoder.count(in, names[j], n));
			}
			position += lengths[j];
		}
		return keys.with(Arrays.asList(names), columns, sampleCount);
	}

}
