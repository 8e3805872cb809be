package space.orbit.telemetry.columnar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The records of one spacecraft's frames in a {@link ColumnarBatchBuilder}, by the rules
 * of {@link FrameRow} and {@link SegmentCut} applied to columns: frames sorted by (t, q)
 * and made distinct, each column's values put in that order with one primitive sort, the
 * cut on the same size bound, then each record written from its slice of every column.
 */
final class BatchGroup {

	private final long[] times;

	private final long[] sequences;

	private final BatchColumn[] columns;

	private final int batchFrames;

	/** Frames in record order (indexes into the batch). */
	private int[] kept;

	/** Per column, its values in record order: (position << 32) | value index. */
	private long[][] entries;

	BatchGroup(long[] times, long[] sequences, BatchColumn[] columns, int batchFrames) {
		this.times = times;
		this.sequences = sequences;
		this.columns = columns;
		this.batchFrames = batchFrames;
	}

	List<byte[]> records(String spacecraftId, UUID batchId, long receivedAtMicros, int[] frames, int limit) {
		this.kept = sortedDistinct(frames);
		this.entries = entries();
		List<byte[]> records = new ArrayList<>();
		int[] cursors = new int[this.columns.length];
		for (int[] cut : cuts(spacecraftId, limit)) {
			long[] t = new long[cut[1] - cut[0]];
			long[] q = new long[t.length];
			for (int i = 0; i < t.length; i++) {
				t[i] = this.times[this.kept[cut[0] + i]];
				q[i] = this.sequences[this.kept[cut[0] + i]];
			}
			records.add(RecordEncoder.encode(spacecraftId, batchId, receivedAtMicros, records.size(), t, q,
					slice(cut[0], cut[1], cursors)));
		}
		return records;
	}

	private int[] sortedDistinct(int[] frames) {
		Integer[] order = Arrays.stream(frames).boxed().toArray(Integer[]::new);
		Arrays.sort(order,
				Comparator.<Integer>comparingLong(f -> this.times[f]).thenComparingLong(f -> this.sequences[f]));
		int[] distinct = new int[order.length];
		int count = 0;
		for (int frame : order) {
			int last = (count > 0) ? distinct[count - 1] : -1;
			if (last < 0 || this.times[last] != this.times[frame] || this.sequences[last] != this.sequences[frame]) {
				distinct[count++] = frame;
			}
			else if (FrameRow.compareSamples(samples(frame), samples(last)) < 0) {
				distinct[count - 1] = frame;
			}
		}
		return Arrays.copyOf(distinct, count);
	}

	/** A frame's samples boxed, only to choose among frames with the same (t, q). */
	private Map<String, Object> samples(int frame) {
		Map<String, Object> samples = new LinkedHashMap<>();
		for (BatchColumn column : this.columns) {
			int i = column.indexOf(frame);
			if (i >= 0) {
				samples.put(column.name(), column.boxed(i));
			}
		}
		return samples;
	}

	private long[][] entries() {
		int[] position = new int[this.batchFrames];
		Arrays.fill(position, -1);
		for (int i = 0; i < this.kept.length; i++) {
			position[this.kept[i]] = i;
		}
		long[][] entries = new long[this.columns.length][];
		for (int c = 0; c < this.columns.length; c++) {
			BatchColumn column = this.columns[c];
			long[] packed = new long[column.count()];
			int count = 0;
			boolean sorted = true;
			for (int i = 0; i < column.count(); i++) {
				int at = position[column.frame(i)];
				if (at >= 0) {
					packed[count] = ((long) at << 32) | i;
					sorted &= count == 0 || packed[count - 1] < packed[count];
					count++;
				}
			}
			entries[c] = (count == packed.length) ? packed : Arrays.copyOf(packed, count);
			if (!sorted) {
				Arrays.sort(entries[c]);
			}
		}
		return entries;
	}

	/** For each frame in record order: its samples as pairs (column, value index). */
	private int[][] samplesByFrame() {
		int[] counts = new int[this.kept.length];
		for (long[] column : this.entries) {
			for (long entry : column) {
				counts[(int) (entry >>> 32)]++;
			}
		}
		int[][] samples = new int[this.kept.length][];
		for (int i = 0; i < samples.length; i++) {
			samples[i] = new int[2 * counts[i]];
			counts[i] = 0;
		}
		for (int c = 0; c < this.entries.length; c++) {
			for (long entry : this.entries[c]) {
				int[] frame = samples[(int) (entry >>> 32)];
				int at = counts[(int) (entry >>> 32)]++;
				frame[2 * at] = c;
				frame[2 * at + 1] = (int) entry;
			}
		}
		return samples;
	}

	/**
	 * {@link SegmentCut}'s cuts; without working them out frame by frame when a bound of
	 * the whole group (every parameter new at the last frame, every bitmap crossing for
	 * every parameter) is under the limit, since then the greedy cut cannot cut.
	 */
	private List<int[]> cuts(String spacecraftId, int limit) {
		int n = this.kept.length;
		long bound = SegmentCut.fixed(spacecraftId) + n * SegmentCut.frameCost();
		for (int c = 0; c < this.columns.length && bound <= limit; c++) {
			if (this.entries[c].length > 0) {
				BatchColumn column = this.columns[c];
				bound += SegmentCut.columnCost(column.name(), n) + ((n + 7) >>> 3);
				for (long entry : this.entries[c]) {
					int i = (int) entry;
					bound += SegmentCut.valueCost(column.type(i), column.word(i), column.string(i));
				}
			}
		}
		if (bound <= limit) {
			return List.<int[]>of(new int[] { 0, n });
		}
		int[][] samples = samplesByFrame();
		return SegmentCut.cuts(n, (i, names, count) -> cost(samples[i], names, count), spacecraftId, limit);
	}

	private long cost(int[] samples, Set<String> names, int n) {
		long cost = SegmentCut.frameCost();
		for (int s = 0; s < samples.length; s += 2) {
			BatchColumn column = this.columns[samples[s]];
			int i = samples[s + 1];
			cost += SegmentCut.sampleCost(column.name(), names, n)
					+ SegmentCut.valueCost(column.type(i), column.word(i), column.string(i));
		}
		return cost + SegmentCut.bitmapGrowth(names, n);
	}

	/** The columns of the frames [start, end) in record order; cursors advance. */
	private ColumnBuilder[] slice(int start, int end, int[] cursors) {
		List<ColumnBuilder> slice = new ArrayList<>();
		for (int c = 0; c < this.columns.length; c++) {
			long[] column = this.entries[c];
			ColumnBuilder builder = null;
			while (cursors[c] < column.length && (int) (column[cursors[c]] >>> 32) < end) {
				long entry = column[cursors[c]++];
				if (builder == null) {
					builder = new ColumnBuilder(this.columns[c].name(), end - start);
					slice.add(builder);
				}
				int i = (int) entry;
				BatchColumn values = this.columns[c];
				builder.add((int) (entry >>> 32) - start, values.type(i), values.word(i), values.string(i));
			}
		}
		return slice.toArray(ColumnBuilder[]::new);
	}

}
