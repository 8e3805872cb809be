package space.orbit.telemetry.columnar;

import static space.orbit.telemetry.columnar.ByteSource.unreadable;

/**
 * Reads one column within its byte length: presence, then values into primitive arrays, a
 * DOUBLE column in one bulk copy. Every count is checked against the bytes left before an
 * array is allocated, and the values must end exactly at the column's end.
 */
final class ColumnDecoder {

	private ColumnDecoder() {
	}

	static TelemetryColumn read(ByteSource in, String name, ColumnType type, int frameCount) {
		long[] presence = presence(in, name, frameCount);
		int count = (presence != null) ? bitCount(presence) : frameCount;
		TelemetryColumn column = switch (type) {
			case DOUBLE -> TelemetryColumn.doubles(name, frameCount, presence, doubles(in, name, count));
			case LONG -> TelemetryColumn.longs(name, frameCount, presence, longs(in, name, count));
			case BOOLEAN -> TelemetryColumn.booleans(name, frameCount, presence, booleans(in, name, count));
			case STRING -> TelemetryColumn.strings(name, frameCount, presence, strings(in, name, count));
			case MIXED -> mixed(in, name, frameCount, presence, count);
		};
		if (in.remaining() != 0) {
			throw unreadable("column " + name + " has " + in.remaining() + " bytes after its values");
		}
		return column;
	}

	/** How many values the column holds, read from its presence alone. */
	static int count(ByteSource in, String name, int frameCount) {
		long[] presence = presence(in, name, frameCount);
		return (presence != null) ? bitCount(presence) : frameCount;
	}

	/** The presence bitmap, or null when every frame has a value. */
	private static long[] presence(ByteSource in, String name, int frameCount) {
		int kind = in.readByte();
		if (kind == ColumnarRecord.PRESENCE_ALL) {
			return null;
		}
		if (kind != ColumnarRecord.PRESENCE_BITMAP) {
			throw unreadable("column " + name + " has an unknown presence kind " + kind);
		}
		long[] bits = bitmap(in, name, frameCount);
		int count = bitCount(bits);
		if (count == 0 || count == frameCount) {
			throw unreadable("column " + name + " has a bitmap for " + count + " of " + frameCount + " frames");
		}
		return bits;
	}

	private static double[] doubles(ByteSource in, String name, int count) {
		if (8L * count != in.remaining()) {
			throw unreadable("column " + name + " holds " + in.remaining() + " bytes for " + count + " doubles");
		}
		double[] values = new double[count];
		in.readDoubles(values);
		return values;
	}

	private static long[] longs(ByteSource in, String name, int count) {
		checkRoom(in, name, count, 1);
		long[] values = new long[count];
		for (int i = 0; i < count; i++) {
			values[i] = in.readZigzag();
		}
		return values;
	}

	private static boolean[] booleans(ByteSource in, String name, int count) {
		long[] bits = bitmap(in, name, count);
		boolean[] values = new boolean[count];
		for (int i = 0; i < count; i++) {
			values[i] = (bits[i >>> 6] & (1L << i)) != 0;
		}
		return values;
	}

	private static String[] strings(ByteSource in, String name, int count) {
		checkRoom(in, name, count, 1);
		String[] values = new String[count];
		for (int i = 0; i < count; i++) {
			values[i] = in.readText("a value of " + name);
		}
		return values;
	}

	private static TelemetryColumn mixed(ByteSource in, String name, int frameCount, long[] presence, int count) {
		checkRoom(in, name, count, 2);
		TelemetryColumn column = TelemetryColumn.mixed(name, frameCount, presence, count);
		for (int i = 0; i < count; i++) {
			ColumnType type = ColumnType.of(in.readByte());
			switch (type) {
				case DOUBLE -> column.setDouble(i, Double.longBitsToDouble(in.readLong()));
				case LONG -> column.setLong(i, in.readZigzag());
				case BOOLEAN -> column.setBoolean(i, bool(in, name));
				case STRING -> column.setString(i, in.readText("a value of " + name));
				case null, default -> throw unreadable("a value of " + name + " has an unknown type");
			}
		}
		return column;
	}

	private static boolean bool(ByteSource in, String name) {
		int b = in.readByte();
		if (b > 1) {
			throw unreadable("a boolean of " + name + " is " + b);
		}
		return b == 1;
	}

	/** {@code bits} bits in {@code ceil(bits / 8)} bytes, the unused high bits zero. */
	private static long[] bitmap(ByteSource in, String name, int bits) {
		int bytes = (bits + 7) >>> 3;
		in.need(bytes);
		long[] words = new long[(bits + 63) >>> 6];
		for (int i = 0; i < bytes; i++) {
			words[i >>> 3] |= (long) in.readByte() << ((i & 7) << 3);
		}
		if ((bits & 63) != 0 && (words[words.length - 1] >>> (bits & 63)) != 0) {
			throw unreadable("column " + name + " has bits set past its " + bits + " entries");
		}
		return words;
	}

	private static void checkRoom(ByteSource in, String name, int count, int bytesEach) {
		if ((long) count * bytesEach > in.remaining()) {
			throw unreadable("column " + name + " holds " + in.remaining() + " bytes for " + count + " values");
		}
	}

	private static int bitCount(long[] words) {
		int count = 0;
		for (long word : words) {
			count += Long.bitCount(word);
		}
		return count;
	}

}
