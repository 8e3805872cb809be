package space.orbit.e2e;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The frame keys of an {@code orbit.telemetry.v2} record, read straight from the bytes by
 * docs/telemetry-v2.md (magic, version, flags, spacecraft, batch, receivedAt, chunk, n,
 * t, q; the CRC32C of the whole record checked), not by the codec the services use: the
 * e2e tests' independent read of what Kafka holds.
 *
 * @param spacecraftId the record's spacecraft
 * @param times each frame's time, epoch µs
 * @param sequences each frame's sequence
 */
record RecordKeys(String spacecraftId, long[] times, long[] sequences) {

	/** The content type the processor gives a v2 record. */
	static final String CONTENT_TYPE = "application/vnd.orbit.telemetry-columns";

	static RecordKeys read(byte[] record) {
		ByteBuffer in = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
		if (record.length < 8 || in.get() != 'O' || in.get() != 'T' || in.get() != 2 || in.get() != 0) {
			throw new IllegalStateException("not a v2 record (magic, version or flags)");
		}
		CRC32C crc = new CRC32C();
		crc.update(record, 0, record.length - 4);
		int stored = ByteBuffer.wrap(record, record.length - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
		if ((int) crc.getValue() != stored) {
			throw new IllegalStateException("the record's CRC32C does not match");
		}
		byte[] name = new byte[(int) varint(in)];
		in.get(name);
		in.position(in.position() + 16 + 8);
		varint(in);
		int n = (int) varint(in);
		long[] times = new long[n];
		long[] sequences = new long[n];
		times[0] = in.getLong();
		for (int i = 1; i < n; i++) {
			times[i] = times[i - 1] + zigzag(varint(in));
		}
		long previous = 0;
		for (int i = 0; i < n; i++) {
			previous += zigzag(varint(in));
			sequences[i] = previous;
		}
		return new RecordKeys(new String(name, StandardCharsets.UTF_8), times, sequences);
	}

	/** Each frame as "spacecraft|sequence|time µs". */
	List<String> frames() {
		List<String> frames = new ArrayList<>(this.times.length);
		for (int i = 0; i < this.times.length; i++) {
			frames.add(this.spacecraftId + "|" + this.sequences[i] + "|" + this.times[i]);
		}
		return frames;
	}

	private static long varint(ByteBuffer in) {
		long value = 0;
		for (int shift = 0; shift < 70; shift += 7) {
			byte b = in.get();
			value |= (long) (b & 0x7F) << shift;
			if (b >= 0) {
				return value;
			}
		}
		throw new IllegalStateException("a varint longer than 10 bytes");
	}

	private static long zigzag(long value) {
		return (value >>> 1) ^ -(value & 1);
	}

}
