package space.orbit.telemetry.columnar;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32C;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Damaged, forged and random bytes: the decoder answers {@link UnreadableRecordException}
 * or a record, and never any other exception, nor an allocation the bytes cannot justify.
 */
class ColumnarFuzzTest {

	private static final byte[] SMALL = ColumnarGoldenTest.encode();

	private static final byte[] MEDIUM = ColumnarRecord.encode("ORB-1", ColumnarFixtures.BATCH,
			ColumnarFixtures.RECEIVED, 0, ColumnarFixtures.simulated("ORB-1", 20, 12));

	private static final byte[] LARGE = ColumnarRecord.encode("ORB-1", ColumnarFixtures.BATCH,
			ColumnarFixtures.RECEIVED, 0, ColumnarFixtures.simulated("ORB-1", 200, 42));

	@Test
	void refusesEveryTruncationOfSmallRecordsAndManyOfALargeOne() {
		for (byte[] record : new byte[][] { SMALL, MEDIUM }) {
			for (int length = 0; length < record.length; length++) {
				assertUnreadable(Arrays.copyOf(record, length));
			}
		}
		Random random = new Random(11);
		for (int i = 0; i < 1_000; i++) {
			assertUnreadable(Arrays.copyOf(LARGE, random.nextInt(LARGE.length)));
		}
	}

	@Test
	void refusesEverySingleBitFlipOfASmallRecordAndManyOfALargeOne() {
		for (int bit = 0; bit < SMALL.length * 8; bit++) {
			assertUnreadable(flip(SMALL, bit));
		}
		Random random = new Random(19);
		for (int i = 0; i < 5_000; i++) {
			assertUnreadable(flip(LARGE, random.nextInt(LARGE.length * 8)));
		}
	}

	@Test
	void refusesRandomBytesWithOrWithoutAPlausibleHeader() {
		Random random = new Random(30);
		for (int i = 0; i < 20_000; i++) {
			byte[] garbage = new byte[random.nextInt(600)];
			random.nextBytes(garbage);
			if (i % 2 == 0 && garbage.length > 4) {
				garbage[0] = 'O';
				garbage[1] = 'T';
				garbage[2] = 2;
				garbage[3] = 0;
				withCrc(garbage);
			}
			decodeOrRefuse(garbage);
		}
	}

	/** The CRC fixed after the damage, so the structural checks are what must hold. */
	@Test
	void neverThrowsAnythingElseForDamageTheCrcWasRecomputedOver() {
		Random random = new Random(2030);
		for (int i = 0; i < 20_000; i++) {
			byte[] record = ((i % 20 == 0) ? LARGE : (i & 1) == 0 ? SMALL : MEDIUM).clone();
			int damages = 1 + random.nextInt(4);
			for (int d = 0; d < damages; d++) {
				int at = random.nextInt(record.length - 4);
				record[at] = (random.nextInt(3) == 0) ? (byte) 0xFF : (byte) random.nextInt(256);
			}
			decodeOrRefuse(withCrc(record));
		}
	}

	@Test
	void refusesCountsAndLengthsTheBytesCannotHold() {
		byte[][] forged = { header(varint(Integer.MAX_VALUE)), header(varint(-1L)), header(overlongZero()),
				header(varint(1L << 40)), header(new byte[] { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 }),
				header(concat(varint(1), new byte[8], varint(0), varint(Integer.MAX_VALUE))),
				header(concat(varint(1), new byte[8], varint(0), varint(1), varint(Integer.MAX_VALUE), new byte[3])),
				header(concat(varint(1), new byte[8], varint(0), varint(1), varint(1), new byte[] { 'A', 1 },
						varint(Integer.MAX_VALUE))) };
		for (byte[] record : forged) {
			assertThatThrownBy(() -> ColumnarRecord.decode(withCrc(record)))
				.isInstanceOf(UnreadableRecordException.class);
		}
	}

	private static void assertUnreadable(byte[] record) {
		assertThatThrownBy(() -> ColumnarRecord.decode(record)).isInstanceOf(UnreadableRecordException.class);
	}

	private static void decodeOrRefuse(byte[] record) {
		try {
			ColumnarRecord.decode(record);
		}
		catch (UnreadableRecordException ex) {
			return;
		}
		catch (Throwable ex) {
			fail("decoding " + Arrays.toString(Arrays.copyOf(record, Math.min(64, record.length))) + " threw " + ex,
					ex);
		}
	}

	private static byte[] flip(byte[] record, int bit) {
		byte[] flipped = record.clone();
		flipped[bit >>> 3] ^= (byte) (1 << (bit & 7));
		return flipped;
	}

	/**
	 * Magic, version, flags, id "A", a zero UUID and receivedAt, chunk 0, then
	 * {@code rest}, then room for a CRC.
	 */
	private static byte[] header(byte[] rest) {
		return concat(new byte[] { 'O', 'T', 2, 0, 1, 'A' }, new byte[16 + 8], varint(0), rest, new byte[4]);
	}

	private static byte[] withCrc(byte[] record) {
		CRC32C crc = new CRC32C();
		crc.update(record, 0, record.length - 4);
		ByteBuffer.wrap(record, record.length - 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) crc.getValue());
		return record;
	}

	private static byte[] varint(long value) {
		byte[] bytes = new byte[10];
		int length = 0;
		while ((value & ~0x7FL) != 0) {
			bytes[length++] = (byte) ((value & 0x7F) | 0x80);
			value >>>= 7;
		}
		bytes[length++] = (byte) value;
		return Arrays.copyOf(bytes, length);
	}

	private static byte[] overlongZero() {
		return new byte[] { (byte) 0x80, 0 };
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		ByteBuffer all = ByteBuffer.allocate(length);
		for (byte[] part : parts) {
			all.put(part);
		}
		return all.array();
	}

}
