package space.orbit.telemetry.columnar;

import java.util.Arrays;

/**
 * One parameter's values across a batch while it is parsed, in arrival order: the frame
 * (index in the batch) of each value, its type, and the value as a primitive word (a
 * double's raw bits, a boolean as 0 or 1) or a string.
 */
final class BatchColumn {

	private final String name;

	private int[] frames = new int[16];

	private byte[] types = new byte[16];

	private long[] words = new long[16];

	private String[] strings;

	private int count;

	BatchColumn(String name) {
		this.name = name;
	}

	String name() {
		return this.name;
	}

	int count() {
		return this.count;
	}

	/** Appends a value of {@code frame}; false when the frame already has one. */
	boolean add(int frame, ColumnType type, long word, String string) {
		if (this.count > 0 && this.frames[this.count - 1] == frame) {
			return false;
		}
		if (this.count == this.frames.length) {
			grow();
		}
		this.frames[this.count] = frame;
		this.types[this.count] = type.code();
		this.words[this.count] = word;
		if (string != null) {
			if (this.strings == null) {
				this.strings = new String[this.frames.length];
			}
			this.strings[this.count] = string;
		}
		this.count++;
		return true;
	}

	private void grow() {
		int capacity = this.frames.length * 2;
		this.frames = Arrays.copyOf(this.frames, capacity);
		this.types = Arrays.copyOf(this.types, capacity);
		this.words = Arrays.copyOf(this.words, capacity);
		if (this.strings != null) {
			this.strings = Arrays.copyOf(this.strings, capacity);
		}
	}

	int frame(int i) {
		return this.frames[i];
	}

	/** The index of {@code frame}'s value, or a negative number when it has none. */
	int indexOf(int frame) {
		return Arrays.binarySearch(this.frames, 0, this.count, frame);
	}

	ColumnType type(int i) {
		return ColumnType.of(this.types[i]);
	}

	long word(int i) {
		return this.words[i];
	}

	String string(int i) {
		return (this.strings != null) ? this.strings[i] : null;
	}

	/** Value {@code i} as the model boxes it: only to choose among duplicate frames. */
	Object boxed(int i) {
		return switch (type(i)) {
			case DOUBLE -> Double.longBitsToDouble(this.words[i]);
			case LONG -> this.words[i];
			case BOOLEAN -> this.words[i] != 0;
			default -> this.strings[i];
		};
	}

}
