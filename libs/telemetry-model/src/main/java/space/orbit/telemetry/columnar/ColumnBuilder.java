package space.orbit.telemetry.columnar;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import space.orbit.telemetry.Texts;

/**
 * One parameter's values in frame order while a record is written: a presence bitmap and
 * primitive arrays (doubles kept as their raw bits, booleans as 0 or 1), the column's
 * type widening to {@link ColumnType#MIXED} when a second type appears.
 */
final class ColumnBuilder {

	private final String name;

	private final int frameCount;

	private final long[] presence;

	private int count;

	private ColumnType type;

	private long[] words;

	private String[] strings;

	private byte[] tags;

	ColumnBuilder(String name, int frameCount) {
		this.name = name;
		this.frameCount = frameCount;
		this.presence = new long[(frameCount + 63) >>> 6];
		this.words = new long[Math.min(frameCount, 64)];
	}

	String name() {
		return this.name;
	}

	ColumnType type() {
		return this.type;
	}

	int count() {
		return this.count;
	}

	/**
	 * Adds a sample of the model: a finite {@link Double}, a {@link Long}, a
	 * {@link Boolean} or a {@link String}; frames in ascending order, each at most once.
	 */
	void add(int frame, Object value) {
		switch (value) {
			case Double d -> add(frame, ColumnType.DOUBLE, finite(d), null);
			case Long l -> add(frame, ColumnType.LONG, l, null);
			case Boolean b -> add(frame, ColumnType.BOOLEAN, b ? 1 : 0, null);
			case String s -> add(frame, ColumnType.STRING, 0, storable(this.name, s));
			case null -> throw new IllegalArgumentException("sample " + this.name + " has no value");
			default -> throw new IllegalArgumentException(
					"sample " + this.name + " has a value of type " + value.getClass().getName());
		}
	}

	private long finite(double value) {
		return finite(this.name, value);
	}

	static long finite(String name, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("sample " + name + " is not finite: " + value);
		}
		return Double.doubleToRawLongBits(value);
	}

	static String storable(String name, String value) {
		if (!Texts.storable(value)) {
			throw new IllegalArgumentException("sample " + name + " holds a NUL or an unpaired surrogate");
		}
		return value;
	}

	/**
	 * Adds a value already checked: a double as its raw bits, a boolean as 0 or 1, a
	 * string in {@code string}.
	 */
	void add(int frame, ColumnType valueType, long word, String string) {
		if (this.count == this.words.length) {
			grow();
		}
		if (this.type == null) {
			this.type = valueType;
		}
		else if (this.type != valueType && this.type != ColumnType.MIXED) {
			this.tags = new byte[this.words.length];
			Arrays.fill(this.tags, 0, this.count, this.type.code());
			this.type = ColumnType.MIXED;
		}
		if (this.tags != null) {
			this.tags[this.count] = valueType.code();
		}
		if (string != null) {
			if (this.strings == null) {
				this.strings = new String[this.words.length];
			}
			this.strings[this.count] = string;
		}
		this.words[this.count++] = word;
		this.presence[frame >>> 6] |= 1L << frame;
	}

	private void grow() {
		int capacity = Math.min(this.words.length * 2, this.frameCount);
		this.words = Arrays.copyOf(this.words, capacity);
		if (this.strings != null) {
			this.strings = Arrays.copyOf(this.strings, capacity);
		}
		if (this.tags != null) {
			this.tags = Arrays.copyOf(this.tags, capacity);
		}
	}

	/** Writes the column: presence, then the values. */
	void write(ByteSink out) {
		if (this.count == this.frameCount) {
			out.writeByte(ColumnarRecord.PRESENCE_ALL);
		}
		else {
			out.writeByte(ColumnarRecord.PRESENCE_BITMAP);
			writeBitmap(out, this.presence, this.frameCount);
		}
		switch (this.type) {
			case DOUBLE -> out.writeLongs(this.words, this.count);
			case BOOLEAN -> writeBitmap(out, booleanBits(), this.count);
			default -> {
				for (int i = 0; i < this.count; i++) {
					writeValue(out, (this.tags != null) ? ColumnType.of(this.tags[i]) : this.type, i);
				}
			}
		}
	}

	private void writeValue(ByteSink out, ColumnType valueType, int i) {
		if (this.type == ColumnType.MIXED) {
			out.writeByte(valueType.code());
		}
		switch (valueType) {
			case DOUBLE -> out.writeLong(this.words[i]);
			case LONG -> out.writeZigzag(this.words[i]);
			case BOOLEAN -> out.writeByte((int) this.words[i]);
			case STRING -> out.writeText(this.strings[i].getBytes(StandardCharsets.UTF_8));
			default -> throw new IllegalStateException("no value of type " + valueType);
		}
	}

	private long[] booleanBits() {
		long[] bits = new long[(this.count + 63) >>> 6];
		for (int i = 0; i < this.count; i++) {
			bits[i >>> 6] |= this.words[i] << i;
		}
		return bits;
	}

	/** {@code bits} bits, least significant first, in {@code ceil(bits / 8)} bytes. */
	static void writeBitmap(ByteSink out, long[] words, int bits) {
		for (int i = 0; i < (bits + 7) >>> 3; i++) {
			out.writeByte((int) (words[i >>> 3] >>> ((i & 7) << 3)));
		}
	}

}
