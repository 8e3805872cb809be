package space.orbit.telemetry.columnar;

/**
 * One parameter of a record as read: which frames have a value (presence), and the values
 * in frame order in a primitive array of its type; a {@link ColumnType#MIXED} column has
 * one array per type present and the type of each value. The arrays are the decoder's
 * own, handed over without a copy.
 */
public final class TelemetryColumn {

	private final String name;

	private final ColumnType type;

	private final int frameCount;

	private final long[] presence;

	private final int count;

	private double[] doubles;

	private long[] longs;

	private boolean[] booleans;

	private String[] strings;

	private byte[] valueTypes;

	private TelemetryColumn(String name, ColumnType type, int frameCount, long[] presence, int count) {
		this.name = name;
		this.type = type;
		this.frameCount = frameCount;
		this.presence = presence;
		this.count = count;
	}

	static TelemetryColumn doubles(String name, int frameCount, long[] presence, double[] values) {
		TelemetryColumn column = new TelemetryColumn(name, ColumnType.DOUBLE, frameCount, presence, values.length);
		column.doubles = values;
		return column;
	}

	static TelemetryColumn longs(String name, int frameCount, long[] presence, long[] values) {
		TelemetryColumn column = new TelemetryColumn(name, ColumnType.LONG, frameCount, presence, values.length);
		column.longs = values;
		return column;
	}

	static TelemetryColumn booleans(String name, int frameCount, long[] presence, boolean[] values) {
		TelemetryColumn column = new TelemetryColumn(name, ColumnType.BOOLEAN, frameCount, presence, values.length);
		column.booleans = values;
		return column;
	}

	static TelemetryColumn strings(String name, int frameCount, long[] presence, String[] values) {
		TelemetryColumn column = new TelemetryColumn(name, ColumnType.STRING, frameCount, presence, values.length);
		column.strings = values;
		return column;
	}

	static TelemetryColumn mixed(String name, int frameCount, long[] presence, int count) {
		TelemetryColumn column = new TelemetryColumn(name, ColumnType.MIXED, frameCount, presence, count);
		column.valueTypes = new byte[count];
		return column;
	}

	void setDouble(int i, double value) {
		if (this.doubles == null) {
			this.doubles = new double[this.count];
		}
		this.doubles[i] = value;
		this.valueTypes[i] = ColumnType.DOUBLE.code();
	}

	void setLong(int i, long value) {
		if (this.longs == null) {
			this.longs = new long[this.count];
		}
		this.longs[i] = value;
		this.valueTypes[i] = ColumnType.LONG.code();
	}

	void setBoolean(int i, boolean value) {
		if (this.booleans == null) {
			this.booleans = new boolean[this.count];
		}
		this.booleans[i] = value;
		this.valueTypes[i] = ColumnType.BOOLEAN.code();
	}

	void setString(int i, String value) {
		if (this.strings == null) {
			this.strings = new String[this.count];
		}
		this.strings[i] = value;
		this.valueTypes[i] = ColumnType.STRING.code();
	}

	public String name() {
		return this.name;
	}

	public ColumnType type() {
		return this.type;
	}

	/** How many values: the frames that have one. */
	public int count() {
		return this.count;
	}

	/** Whether every frame of the record has a value. */
	public boolean dense() {
		return this.presence == null;
	}

	/** Whether frame {@code frame} (an index into the record's frames) has a value. */
	public boolean present(int frame) {
		return (this.presence == null) ? frame >= 0 && frame < this.frameCount
				: (this.presence[frame >>> 6] & (1L << frame)) != 0;
	}

	/** For each value, the index of its frame (ascending). */
	public int[] frameIndexes() {
		int[] frames = new int[this.count];
		int value = 0;
		for (int frame = 0; frame < this.frameCount && value < this.count; frame++) {
			if (present(frame)) {
				frames[value++] = frame;
			}
		}
		return frames;
	}

	/** The type of value {@code i}: the column's own unless it is MIXED. */
	public ColumnType valueType(int i) {
		return (this.valueTypes != null) ? ColumnType.of(this.valueTypes[i]) : this.type;
	}

	/**
	 * The DOUBLE values (by value index; in a MIXED column, only where the type is
	 * DOUBLE).
	 */
	public double[] doubles() {
		return this.doubles;
	}

	/** The LONG values, as {@link #doubles()}. */
	public long[] longs() {
		return this.longs;
	}

	/** The BOOLEAN values, as {@link #doubles()}. */
	public boolean[] booleans() {
		return this.booleans;
	}

	/** The STRING values, as {@link #doubles()}. */
	public String[] strings() {
		return this.strings;
	}

}
