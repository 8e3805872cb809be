package space.orbit.telemetry.columnar;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import space.orbit.telemetry.Texts;

/**
 * Writes a record from frames already sorted by (t, q) and distinct: the header, the
 * frame keys, then a directory of the parameters sorted by name with each column's byte
 * length, then the columns, then the CRC32C.
 */
final class RecordEncoder {

	private RecordEncoder() {
	}

	static byte[] encode(String spacecraftId, UUID batchId, long receivedAtMicros, int chunk, List<FrameRow> frames) {
		long[] times = new long[frames.size()];
		long[] sequences = new long[frames.size()];
		for (int i = 0; i < times.length; i++) {
			times[i] = frames.get(i).time();
			sequences[i] = frames.get(i).sequence();
		}
		return encode(spacecraftId, batchId, receivedAtMicros, chunk, times, sequences, columns(frames));
	}

	/**
	 * The record of frames given by their keys (sorted by (t, q), distinct) and their
	 * columns (sorted by name, each filled in frame order).
	 */
	static byte[] encode(String spacecraftId, UUID batchId, long receivedAtMicros, int chunk, long[] times,
			long[] sequences, ColumnBuilder[] columns) {
		if (times.length == 0) {
			throw new IllegalArgumentException("a record needs at least one frame");
		}
		if (chunk < 0) {
			throw new IllegalArgumentException("chunk must not be negative: " + chunk);
		}
		ByteSink out = new ByteSink(256 + times.length * (4 + 9 * columns.length));
		writeHeader(out, spacecraftId, batchId, receivedAtMicros, chunk, times.length);
		writeKeys(out, times, sequences);
		ByteSink body = new ByteSink(64 + times.length * 9 * columns.length);
		int[] lengths = new int[columns.length];
		for (int j = 0; j < columns.length; j++) {
			int start = body.size();
			columns[j].write(body);
			lengths[j] = body.size() - start;
		}
		out.writeVarint(columns.length);
		for (int j = 0; j < columns.length; j++) {
			out.writeText(text(columns[j].name()));
			out.writeByte(columns[j].type().code());
			out.writeVarint(lengths[j]);
		}
		out.writeSink(body);
		return out.toArrayWithCrc();
	}

	private static ColumnBuilder[] columns(List<FrameRow> frames) {
		Map<String, ColumnBuilder> columns = new HashMap<>();
		int n = frames.size();
		for (int i = 0; i < n; i++) {
			for (Map.Entry<String, Object> sample : frames.get(i).samples().entrySet()) {
				String name = sample.getKey();
				ColumnBuilder column = columns.get(name);
				if (column == null) {
					column = new ColumnBuilder(name, n);
					columns.put(name, column);
				}
				column.add(i, sample.getValue());
			}
		}
		ColumnBuilder[] sorted = columns.values().toArray(ColumnBuilder[]::new);
		Arrays.sort(sorted, Comparator.comparing(ColumnBuilder::name));
		return sorted;
	}

	private static void writeHeader(ByteSink out, String spacecraftId, UUID batchId, long receivedAtMicros, int chunk,
			int frameCount) {
		out.writeByte(ColumnarRecord.MAGIC_O);
		out.writeByte(ColumnarRecord.MAGIC_T);
		out.writeByte(ColumnarRecord.VERSION);
		out.writeByte(0);
		out.writeText(text(spacecraftId));
		out.writeLongBigEndian(batchId.getMostSignificantBits());
		out.writeLongBigEndian(batchId.getLeastSignificantBits());
		out.writeLong(receivedAtMicros);
		out.writeVarint(chunk);
		out.writeVarint(frameCount);
	}

	private static void writeKeys(ByteSink out, long[] times, long[] sequences) {
		out.writeLong(times[0]);
		for (int i = 1; i < times.length; i++) {
			out.writeZigzag(times[i] - times[i - 1]);
		}
		long previous = 0;
		for (long sequence : sequences) {
			out.writeZigzag(sequence - previous);
			previous = sequence;
		}
	}

	private static byte[] text(String text) {
		if (text.isEmpty() || !Texts.storable(text)) {
			throw new IllegalArgumentException("not a storable name: \"" + text + "\"");
		}
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
