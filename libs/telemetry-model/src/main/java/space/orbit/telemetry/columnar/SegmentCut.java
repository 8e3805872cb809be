package space.orbit.telemetry.columnar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import space.orbit.telemetry.Frame;

/**
 * Cuts the frames of one spacecraft from one batch into records of at most a byte limit
 * (4 MiB by default; a frame bigger than the limit is a record alone). A function of the
 * set of frames and the limit only: frames are sorted and made distinct first, then cut
 * greedily in (t, q) order on an upper bound of each record's size, so a batch is cut the
 * same way when it is published and when it is recovered.
 */
public final class SegmentCut {

	/** The default limit on a record's encoding: 4 MiB. */
	public static final int DEFAULT_LIMIT = 4 * 1024 * 1024;

	/** Magic to flags, id length, UUID, receivedAt, chunk, n, first t, p, CRC. */
	private static final int FIXED = 4 + 5 + 16 + 8 + 5 + 5 + 8 + 5 + 4;

	/** Two zigzag varints: the frame's time and sequence deltas. */
	private static final int PER_FRAME = 20;

	private SegmentCut() {
	}

	/**
	 * The records of these frames under {@link #DEFAULT_LIMIT}, chunks numbered from 0.
	 */
	public static List<byte[]> records(String spacecraftId, UUID batchId, long receivedAtMicros, List<Frame> frames) {
		return records(spacecraftId, batchId, receivedAtMicros, frames, DEFAULT_LIMIT);
	}

	/**
	 * The records of these frames, each at most {@code limit} bytes unless one frame
	 * alone is more.
	 */
	public static List<byte[]> records(String spacecraftId, UUID batchId, long receivedAtMicros, List<Frame> frames,
			int limit) {
		List<FrameRow> rows = FrameRow.sortedDistinct(ColumnarRecord.rows(spacecraftId, frames));
		List<byte[]> records = new ArrayList<>();
		for (int[] cut : cuts(rows.size(), (i, names, n) -> cost(rows.get(i), names, n), spacecraftId, limit)) {
			records.add(RecordEncoder.encode(spacecraftId, batchId, receivedAtMicros, records.size(),
					rows.subList(cut[0], cut[1])));
		}
		return records;
	}

	/**
	 * What adding frame {@code i} as a record's {@code n}th can add at most to its size.
	 */
	@FunctionalInterface
	interface FrameCost {

		/**
		 * The bound; adds the frame's parameters to {@code names}, the record's so far.
		 */
		long cost(int i, Set<String> names, int n);

	}

	/** The cuts of {@code frames} sorted frames, as [start, end) ranges. */
	static List<int[]> cuts(int frames, FrameCost costs, String spacecraftId, int limit) {
		long fixed = fixed(spacecraftId);
		List<int[]> cuts = new ArrayList<>();
		Set<String> names = new HashSet<>();
		int start = 0;
		long bound = fixed;
		for (int i = 0; i < frames; i++) {
			long cost = costs.cost(i, names, i - start + 1);
			if (i > start && bound + cost > limit) {
				cuts.add(new int[] { start, i });
				start = i;
				names.clear();
				bound = fixed;
				cost = costs.cost(i, names, 1);
			}
			bound += cost;
		}
		if (start < frames) {
			cuts.add(new int[] { start, frames });
		}
		return cuts;
	}

	/** The header, the frame count and the CRC of a record of this spacecraft. */
	static long fixed(String spacecraftId) {
		return FIXED + utf8Bound(spacecraftId);
	}

	private static long cost(FrameRow row, Set<String> names, int n) {
		long cost = PER_FRAME;
		for (Map.Entry<String, Object> sample : row.samples().entrySet()) {
			cost += sampleCost(sample.getKey(), names, n) + switch (sample.getValue()) {
				case Long l -> valueCost(ColumnType.LONG, l, null);
				case Boolean b -> valueCost(ColumnType.BOOLEAN, 0, null);
				case String s -> valueCost(ColumnType.STRING, 0, s);
				case null, default -> valueCost(ColumnType.DOUBLE, 0, null);
			};
		}
		return cost + bitmapGrowth(names, n);
	}

	static long frameCost() {
		return PER_FRAME;
	}

	/**
	 * A new parameter's directory entry and presence (bitmap for {@code n} frames), or
	 * nothing for one the record has.
	 */
	static long sampleCost(String name, Set<String> names, int n) {
		return names.add(name) ? columnCost(name, n) : 0;
	}

	/** A parameter's directory entry and presence, first seen at frame {@code n}. */
	static long columnCost(String name, int n) {
		return 5 + utf8Bound(name) + 1 + 5 + 1 + ((n + 7) >>> 3);
	}

	/** A value, with the tag it would have in a MIXED column. */
	static long valueCost(ColumnType type, long word, String string) {
		return 1 + switch (type) {
			case LONG -> ByteSink.varintSize(ByteSink.zigzag(word));
			case BOOLEAN -> 1;
			case STRING -> 5 + utf8Bound(string);
			default -> 8;
		};
	}

	/** One more bitmap byte for every parameter when {@code n} passes a multiple of 8. */
	static long bitmapGrowth(Set<String> names, int n) {
		return ((n & 7) == 1 && n > 1) ? names.size() : 0;
	}

	private static int utf8Bound(String text) {
		int bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			bytes += (text.charAt(i) < 0x80) ? 1 : 3;
		}
		return bytes;
	}

}
