package space.orbit.enricher.archive;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import space.orbit.enricher.enrichment.EnrichedColumns;
import space.orbit.enricher.enrichment.EnrichedSample;
import space.orbit.telemetry.columnar.ColumnType;

/**
 * The {@code cols} of a segment: its samples as columns in one byte array, so that the
 * stand-in (and MongoDB) handle one BSON binary per document instead of four arrays of
 * boxed elements. Little-endian: <pre>
 * version (1 B) | count (int32) | t: count x int64 (epoch micros) | q: count x int64
 * raw: kind (1 B) then NULL: nothing | DOUBLE: count x float64 | LONG: count x int64
 *      | BOOLEAN: count x (0|1) | STRING: count x (int32 length + UTF-8)
 *      | MIXED: count x (kind + value as above)
 * eng: RAW (1 B: each engineering value is the raw number, or null for a non-number)
 *      | COLUMN (1 B) + presence bitmap (ceil(count / 8) B, bit i of byte i / 8) + float64 per present
 * </pre> Raw values keep their type (Long, Double, Boolean, String, null for derived
 * parameters), so the API prints them exactly as the bucket archive did. Anything else
 * than this layout (another version, a length past the end, bytes left over) is an
 * {@link UnreadableSegmentException}.
 */
final class SegmentCodec {

	static final byte VERSION = 1;

	static final byte NULL = 0;

	static final byte DOUBLE = 1;

	static final byte LONG = 2;

	static final byte BOOLEAN = 3;

	static final byte STRING = 4;

	static final byte MIXED = 5;

	static final byte ENG_IS_RAW = 0;

	static final byte ENG_COLUMN = 1;

	static {
		if (DOUBLE != ColumnType.DOUBLE.code() || LONG != ColumnType.LONG.code() || BOOLEAN != ColumnType.BOOLEAN.code()
				|| STRING != ColumnType.STRING.code() || NULL != EnrichedColumns.NONE) {
			throw new IllegalStateException("the raw kinds of the segment layout are the column types' codes");
		}
	}

	private SegmentCodec() {
	}

	/** The columns of the samples, in the order given. */
	static byte[] encode(List<EnrichedSample> samples) {
		return encode(SegmentSamples.of(samples));
	}

	/** The columns of the samples, in their order. */
	static byte[] encode(SegmentSamples samples) {
		int count = samples.size();
		byte rawKind = rawKind(samples);
		boolean engIsRaw = true;
		int numeric = 0;
		for (int i = 0; i < count; i++) {
			engIsRaw &= samples.engineeringIsRaw(i);
			numeric += samples.hasEngineering(i) ? 1 : 0;
		}
		List<byte[]> strings = new ArrayList<>();
		int size = 1 + 4 + 16 * count + 1 + rawSize(samples, rawKind, strings) + 1
				+ (engIsRaw ? 0 : (count + 7) / 8 + 8 * numeric);
		ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
		out.put(VERSION).putInt(count);
		for (int i = 0; i < count; i++) {
			out.putLong(samples.time(i));
		}
		for (int i = 0; i < count; i++) {
			out.putLong(samples.sequence(i));
		}
		out.put(rawKind);
		int string = 0;
		for (int i = 0; i < count; i++) {
			byte kind = samples.rawType(i);
			if (rawKind == MIXED) {
				out.put(kind);
			}
			switch (kind) {
				case DOUBLE -> out.putDouble(samples.rawDouble(i));
				case LONG -> out.putLong(samples.rawLong(i));
				case BOOLEAN -> out.put((byte) (samples.rawBoolean(i) ? 1 : 0));
				case STRING -> {
					byte[] utf8 = strings.get(string++);
					out.putInt(utf8.length).put(utf8);
				}
				default -> {
				}
			}
		}
		out.put(engIsRaw ? ENG_IS_RAW : ENG_COLUMN);
		if (!engIsRaw) {
			byte[] presence = new byte[(count + 7) / 8];
			for (int i = 0; i < count; i++) {
				if (samples.hasEngineering(i)) {
					presence[i >>> 3] |= (byte) (1 << (i & 7));
				}
			}
			out.put(presence);
			for (int i = 0; i < count; i++) {
				if (samples.hasEngineering(i)) {
					out.putDouble(samples.engineering(i));
				}
			}
		}
		return out.array();
	}

	/** The samples the columns hold, in their order. */
	static List<ArchivedSample> decode(byte[] cols) {
		try {
			ByteBuffer in = open(cols);
			int count = count(in);
			long[] times = longs(in, count);
			long[] sequences = longs(in, count);
			Object[] raws = raws(in, count);
			Double[] engineering = engineering(in, raws);
			if (in.hasRemaining()) {
				throw new UnreadableSegmentException(in.remaining() + " bytes after the last column");
			}
			List<ArchivedSample> samples = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				samples.add(new ArchivedSample(times[i], sequences[i], raws[i], engineering[i]));
			}
			return samples;
		}
		catch (BufferUnderflowException | IllegalArgumentException ex) {
			throw unreadable(cols, ex);
		}
	}

	/** Only the identities: the t and q columns, the rest left unread. */
	static Identities identities(byte[] cols) {
		try {
			ByteBuffer in = open(cols);
			int count = count(in);
			return new Identities(longs(in, count), longs(in, count));
		}
		catch (BufferUnderflowException | IllegalArgumentException ex) {
			throw unreadable(cols, ex);
		}
	}

	/**
	 * The samples' identities, in the segment's order.
	 *
	 * @param times their frames' timestamps, epoch micros
	 * @param sequences their frames' sequence numbers
	 */
	record Identities(long[] times, long[] sequences) {
	}

	private static ByteBuffer open(byte[] cols) {
		if (cols == null || cols.length == 0) {
			throw new UnreadableSegmentException("no bytes");
		}
		ByteBuffer in = ByteBuffer.wrap(cols).order(ByteOrder.LITTLE_ENDIAN);
		byte version = in.get();
		if (version != VERSION) {
			throw new UnreadableSegmentException("version " + version + ", this reader knows " + VERSION);
		}
		return in;
	}

	private static int count(ByteBuffer in) {
		int count = in.getInt();
		if (count < 0 || 16L * count > in.remaining()) {
			throw new UnreadableSegmentException(
					"a count of " + count + " samples does not fit the " + in.remaining() + " bytes left");
		}
		return count;
	}

	private static long[] longs(ByteBuffer in, int count) {
		long[] values = new long[count];
		in.asLongBuffer().get(values);
		in.position(in.position() + 8 * count);
		return values;
	}

	private static Object[] raws(ByteBuffer in, int count) {
		byte kind = in.get();
		Object[] raws = new Object[count];
		for (int i = 0; i < count; i++) {
			raws[i] = getRaw(in, (kind == MIXED) ? in.get() : kind);
		}
		return raws;
	}

	private static Double[] engineering(ByteBuffer in, Object[] raws) {
		byte kind = in.get();
		Double[] engineering = new Double[raws.length];
		if (kind == ENG_IS_RAW) {
			for (int i = 0; i < raws.length; i++) {
				engineering[i] = (raws[i] instanceof Number number) ? number.doubleValue() : null;
			}
			return engineering;
		}
		if (kind != ENG_COLUMN) {
			throw new UnreadableSegmentException("unknown engineering column kind " + kind);
		}
		byte[] presence = new byte[(raws.length + 7) / 8];
		in.get(presence);
		for (int i = 0; i < raws.length; i++) {
			if ((presence[i >>> 3] & (1 << (i & 7))) != 0) {
				engineering[i] = in.getDouble();
			}
		}
		return engineering;
	}

	private static Object getRaw(ByteBuffer in, byte kind) {
		return switch (kind) {
			case NULL -> null;
			case DOUBLE -> in.getDouble();
			case LONG -> in.getLong();
			case BOOLEAN -> switch (in.get()) {
				case 0 -> Boolean.FALSE;
				case 1 -> Boolean.TRUE;
				default -> throw new UnreadableSegmentException("a boolean that is neither 0 nor 1");
			};
			case STRING -> {
				int length = in.getInt();
				if (length < 0 || length > in.remaining()) {
					throw new UnreadableSegmentException(
							"a string of " + length + " bytes, " + in.remaining() + " bytes left");
				}
				byte[] utf8 = new byte[length];
				in.get(utf8);
				yield new String(utf8, StandardCharsets.UTF_8);
			}
			default -> throw new UnreadableSegmentException("unknown raw value kind " + kind);
		};
	}

	private static int rawSize(SegmentSamples samples, byte kind, List<byte[]> strings) {
		int size = 0;
		for (int i = 0; i < samples.size(); i++) {
			size += (kind == MIXED) ? 1 : 0;
			switch (samples.rawType(i)) {
				case DOUBLE, LONG -> size += 8;
				case BOOLEAN -> size += 1;
				case STRING -> {
					byte[] utf8 = samples.rawString(i).getBytes(StandardCharsets.UTF_8);
					strings.add(utf8);
					size += 4 + utf8.length;
				}
				default -> {
				}
			}
		}
		return size;
	}

	/**
	 * The raw column's kind: the samples' raw type when they share one, else MIXED. The
	 * raw types of the enriched columns are the codes of this layout (NULL for none).
	 */
	private static byte rawKind(SegmentSamples samples) {
		byte kind = (samples.size() == 0) ? NULL : samples.rawType(0);
		for (int i = 1; i < samples.size(); i++) {
			if (samples.rawType(i) != kind) {
				return MIXED;
			}
		}
		return kind;
	}

	private static UnreadableSegmentException unreadable(byte[] cols, RuntimeException cause) {
		if (cause instanceof UnreadableSegmentException unreadable) {
			return unreadable;
		}
		return new UnreadableSegmentException(
				"truncated after " + ((cols != null) ? cols.length : 0) + " bytes: " + cause, cause);
	}

}
