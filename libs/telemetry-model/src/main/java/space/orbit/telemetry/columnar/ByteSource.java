package space.orbit.telemetry.columnar;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the record's primitive encodings within a limit, checking every length and count
 * against what is left before it reads or allocates, so a malformed record ends in an
 * {@link UnreadableRecordException} and nothing else.
 */
final class ByteSource {

	private final ByteBuffer buffer;

	private int limit;

	ByteSource(byte[] bytes, int limit) {
		this.buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		this.limit = limit;
	}

	int position() {
		return this.buffer.position();
	}

	int remaining() {
		return this.limit - this.buffer.position();
	}

	/** Reads from {@code position} up to {@code limit} (within the current limit). */
	void window(int position, int limit) {
		this.buffer.position(position);
		this.limit = limit;
	}

	void skip(int length) {
		need(length);
		this.buffer.position(this.buffer.position() + length);
	}

	int readByte() {
		need(1);
		return this.buffer.get() & 0xFF;
	}

	long readLong() {
		need(8);
		return this.buffer.getLong();
	}

	/** Big-endian, as RFC 9562 writes a UUID's bytes. */
	long readLongBigEndian() {
		return Long.reverseBytes(readLong());
	}

	/** {@code count} little-endian doubles in one bulk copy. */
	void readDoubles(double[] into) {
		need(8 * into.length);
		int position = this.buffer.position();
		this.buffer.asDoubleBuffer().get(into);
		this.buffer.position(position + 8 * into.length);
	}

	/** An unsigned LEB128 varint of at most 64 bits, in its shortest form. */
	long readVarint() {
		long value = 0;
		for (int shift = 0; shift < 64; shift += 7) {
			int b = readByte();
			if (shift == 63 && b > 1) {
				throw unreadable("a varint overflows 64 bits");
			}
			value |= (long) (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				if (b == 0 && shift > 0) {
					throw unreadable("a varint is not in its shortest form");
				}
				return value;
			}
		}
		throw unreadable("a varint is longer than 10 bytes");
	}

	long readZigzag() {
		long value = readVarint();
		return (value >>> 1) ^ -(value & 1);
	}

	/** A varint count or length, at most {@code max}. */
	int readCount(long max, String what) {
		long value = readVarint();
		if (value < 0 || value > max) {
			throw unreadable(
					what + " " + Long.toUnsignedString(value) + " is more than the record can hold (" + max + ")");
		}
		return (int) value;
	}

	/** Length-prefixed UTF-8, which must be well-formed. */
	String readText(String what) {
		int length = readCount(remaining(), what + " length");
		int start = this.buffer.position();
		byte[] array = this.buffer.array();
		this.buffer.position(start + length);
		for (int i = start; i < start + length; i++) {
			if (array[i] < 0) {
				return decodeUtf8(start, length, what);
			}
		}
		return new String(array, start, length, StandardCharsets.ISO_8859_1);
	}

	private String decodeUtf8(int start, int length, String what) {
		try {
			CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(this.buffer.array(), start, length));
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			throw unreadable(what + " is not well-formed UTF-8");
		}
	}

	void need(long length) {
		if (length < 0 || length > remaining()) {
			throw unreadable("the record ends " + (length - remaining()) + " bytes too early");
		}
	}

	static UnreadableRecordException unreadable(String message) {
		return new UnreadableRecordException(message);
	}

}
