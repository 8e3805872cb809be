package space.orbit.telemetry.columnar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A batch's frames written straight into columns while a parser reads them (ADR 0030
 * §3.2): no {@code Frame}, no map, no boxed value. A frame is started, its samples added
 * by parameter name in any order, then ended with its keys once they are known (a JSON
 * frame may carry them after its samples); a frame started but never ended is left out.
 * {@link #records} gives, per spacecraft, exactly the records {@link SegmentCut} makes of
 * the same frames.
 */
public final class ColumnarBatchBuilder {

	private final Map<String, BatchColumn> columns = new HashMap<>();

	private String[] spacecraft = new String[64];

	private long[] times = new long[64];

	private long[] sequences = new long[64];

	private int frames;

	/** Starts the next frame: the samples added until {@link #endFrame} are its. */
	public void startFrame() {
		if (this.frames == this.times.length) {
			this.spacecraft = Arrays.copyOf(this.spacecraft, this.frames * 2);
			this.times = Arrays.copyOf(this.times, this.frames * 2);
			this.sequences = Arrays.copyOf(this.sequences, this.frames * 2);
		}
		this.spacecraft[this.frames++] = null;
	}

	/**
	 * A finite double; false (and nothing added) when the frame has this parameter
	 * already.
	 */
	public boolean addDouble(String parameter, double value) {
		return add(parameter, ColumnType.DOUBLE, ColumnBuilder.finite(parameter, value), null);
	}

	/** A long, as {@link #addDouble}. */
	public boolean addLong(String parameter, long value) {
		return add(parameter, ColumnType.LONG, value, null);
	}

	/** A boolean, as {@link #addDouble}. */
	public boolean addBoolean(String parameter, boolean value) {
		return add(parameter, ColumnType.BOOLEAN, value ? 1 : 0, null);
	}

	/** A string without NUL or unpaired surrogate, as {@link #addDouble}. */
	public boolean addString(String parameter, String value) {
		return add(parameter, ColumnType.STRING, 0, ColumnBuilder.storable(parameter, value));
	}

	/** Ends the frame started last, giving its keys. */
	public void endFrame(String spacecraftId, long timeMicros, long sequence) {
		int frame = current();
		this.spacecraft[frame] = spacecraftId;
		this.times[frame] = timeMicros;
		this.sequences[frame] = sequence;
	}

	/** The records under {@link SegmentCut#DEFAULT_LIMIT}, by spacecraft. */
	public SortedMap<String, List<byte[]>> records(UUID batchId, long receivedAtMicros) {
		return records(batchId, receivedAtMicros, SegmentCut.DEFAULT_LIMIT);
	}

	/**
	 * The records of every spacecraft, each cut under {@code limit} as
	 * {@link SegmentCut#records(String, UUID, long, List, int)} cuts.
	 */
	public SortedMap<String, List<byte[]>> records(UUID batchId, long receivedAtMicros, int limit) {
		BatchColumn[] sorted = this.columns.values().toArray(BatchColumn[]::new);
		Arrays.sort(sorted, (a, b) -> a.name().compareTo(b.name()));
		SortedMap<String, List<byte[]>> records = new TreeMap<>();
		framesBySpacecraft().forEach((spacecraftId, frames) -> {
			BatchGroup group = new BatchGroup(this.times, this.sequences, sorted, this.frames);
			records.put(spacecraftId, group.records(spacecraftId, batchId, receivedAtMicros, frames, limit));
		});
		return records;
	}

	private SortedMap<String, int[]> framesBySpacecraft() {
		SortedMap<String, List<Integer>> lists = new TreeMap<>();
		for (int frame = 0; frame < this.frames; frame++) {
			if (this.spacecraft[frame] != null) {
				lists.computeIfAbsent(this.spacecraft[frame], id -> new ArrayList<>()).add(frame);
			}
		}
		SortedMap<String, int[]> frames = new TreeMap<>();
		lists.forEach((id, list) -> frames.put(id, list.stream().mapToInt(Integer::intValue).toArray()));
		return frames;
	}

	private boolean add(String parameter, ColumnType type, long word, String string) {
		BatchColumn column = this.columns.get(parameter);
		if (column == null) {
			column = new BatchColumn(parameter);
			this.columns.put(parameter, column);
		}
		return column.add(current(), type, word, string);
	}

	private int current() {
		if (this.frames == 0) {
			throw new IllegalStateException("no frame started");
		}
		return this.frames - 1;
	}

}
