package space.orbit.telemetry.columnar;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * A growing little-endian byte buffer with the record's primitive encodings: unsigned
 * LEB128 varints, zigzag varints, length-prefixed UTF-8 and bulk 64-bit words.
 */
final class ByteSink {

	private ByteBuffer buffer;

	ByteSink(int capacity) {
		this.buffer = ByteBuffer.allocate(Math.max(capacity, 64)).order(ByteOrder.LITTLE_ENDIAN);
	}

	int size() {
		return this.buffer.position();
	}

	void writeByte(int value) {
		ensure(1);
		this.buffer.put((byte) value);
	}

	void writeBytes(byte[] bytes, int offset, int length) {
		ensure(length);
		this.buffer.put(bytes, offset, length);
	}

	void writeLong(long value) {
		ensure(8);
		this.buffer.putLong(value);
	}

	/** Big-endian, as RFC 9562 writes a UUID's bytes. */
	void writeLongBigEndian(long value) {
		writeLong(Long.reverseBytes(value));
	}

	/** Words in bulk: the bytes of a DOUBLE column, given its values' raw bits. */
	void writeLongs(long[] values, int count) {
		ensure(8 * count);
		int position = this.buffer.position();
		this.buffer.asLongBuffer().put(values, 0, count);
		this.buffer.position(position + 8 * count);
	}

	void writeVarint(long value) {
		ensure(10);
		while ((value & ~0x7FL) != 0) {
			this.buffer.put((byte) ((value & 0x7F) | 0x80));
			value >>>= 7;
		}
		this.buffer.put((byte) value);
	}

	void writeZigzag(long value) {
		writeVarint(zigzag(value));
	}

	void writeText(byte[] utf8) {
		writeVarint(utf8.length);
		writeBytes(utf8, 0, utf8.length);
	}

	void writeSink(ByteSink other) {
		writeBytes(other.buffer.array(), 0, other.size());
	}

	/** The bytes written, followed by their CRC32C (little-endian). */
	byte[] toArrayWithCrc() {
		CRC32C crc = new CRC32C();
		crc.update(this.buffer.array(), 0, size());
		ensure(4);
		this.buffer.putInt((int) crc.getValue());
		return Arrays.copyOf(this.buffer.array(), size());
	}

	static long zigzag(long value) {
		return (value << 1) ^ (value >> 63);
	}

	static int varintSize(long value) {
		return (value == 0) ? 1 : (64 - Long.numberOfLeadingZeros(value) + 6) / 7;
	}

	private void ensure(int more) {
		if (this.buffer.remaining() < more) {
			int capacity = Math.max(this.buffer.capacity() * 2, this.buffer.position() + more);
			ByteBuffer grown = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
			grown.put(this.buffer.array(), 0, this.buffer.position());
			this.buffer = grown;
		}
	}

}
