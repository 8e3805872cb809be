package space.orbit.enricher.enrichment;

import java.util.ArrayList;
import java.util.List;

import space.orbit.telemetry.columnar.ColumnType;

/**
 * The samples of one parameter of one record, enriched, as columns: what the registry
 * says of the parameter once (mission, subsystem, unit, known, derived), then per sample
 * its frame's time and sequence (ascending by (t, q) when the columns come from a
 * record), its raw value in a primitive array of its type, and its engineering value.
 * Nothing is boxed; the arrays of the record's column are shared, not copied.
 *
 * <p>
 * The raw type of a sample is a code of {@link ColumnType} ({@code DOUBLE}, {@code LONG},
 * {@code BOOLEAN}, {@code STRING}) or {@link #NONE} (a derived parameter has no raw
 * value).
 */
public final class EnrichedColumns {

	/** The raw type of a sample without raw value: a derived one. */
	public static final byte NONE = 0;

	private static final byte MIXED = ColumnType.MIXED.code();

	private final String spacecraftId;

	private final String parameter;

	private final String missionId;

	private final String subsystem;

	private final String unit;

	private final boolean known;

	private final boolean derived;

	private final int size;

	private final long[] times;

	private final long[] sequences;

	private final int[] frames;

	private final byte rawType;

	private final byte[] rawTypes;

	private final double[] doubles;

	private final long[] longs;

	private final boolean[] booleans;

	private final String[] strings;

	private final double[] engineering;

	private final boolean[] numeric;

	private final boolean engineeringIsRaw;

	private EnrichedColumns(Builder builder) {
		this.spacecraftId = builder.spacecraftId;
		this.parameter = builder.parameter;
		this.missionId = builder.missionId;
		this.subsystem = builder.subsystem;
		this.unit = builder.unit;
		this.known = builder.known;
		this.derived = builder.derived;
		this.size = builder.size;
		this.times = builder.times;
		this.sequences = builder.sequences;
		this.frames = builder.frames;
		this.rawType = builder.rawType;
		this.rawTypes = builder.rawTypes;
		this.doubles = builder.doubles;
		this.longs = builder.longs;
		this.booleans = builder.booleans;
		this.strings = builder.strings;
		this.engineering = builder.engineering;
		this.numeric = builder.numeric;
		this.engineeringIsRaw = builder.engineeringIsRaw;
	}

	static Builder builder(String spacecraftId, String parameter, int size, long[] times, long[] sequences) {
		return new Builder(spacecraftId, parameter, size, times, sequences);
	}

	/**
	 * The samples as one column, in the order given, whatever their times: the
	 * description (mission, subsystem, unit, known, derived) is the first sample's. For
	 * callers that hold samples one by one (tests, tools).
	 * @throws IllegalArgumentException for a raw value that is not a number, a boolean, a
	 * string or null
	 */
	public static EnrichedColumns of(List<EnrichedSample> samples) {
		int size = samples.size();
		long[] times = new long[size];
		long[] sequences = new long[size];
		byte[] types = new byte[size];
		double[] doubles = new double[size];
		long[] longs = new long[size];
		boolean[] booleans = new boolean[size];
		String[] strings = new String[size];
		double[] engineering = new double[size];
		boolean[] numeric = new boolean[size];
		for (int i = 0; i < size; i++) {
			EnrichedSample sample = samples.get(i);
			times[i] = sample.timeMicros();
			sequences[i] = sample.sequence();
			Object raw = sample.raw();
			byte type = typeOf(raw);
			types[i] = type;
			if (type == ColumnType.LONG.code()) {
				longs[i] = ((Number) raw).longValue();
			}
			else if (type == ColumnType.DOUBLE.code()) {
				doubles[i] = ((Number) raw).doubleValue();
			}
			else if (type == ColumnType.BOOLEAN.code()) {
				booleans[i] = (Boolean) raw;
			}
			else if (type == ColumnType.STRING.code()) {
				strings[i] = (String) raw;
			}
			if (sample.engineering() != null) {
				engineering[i] = sample.engineering();
				numeric[i] = true;
			}
		}
		EnrichedSample first = (size > 0) ? samples.getFirst() : null;
		Builder builder = builder((first != null) ? first.spacecraftId() : null,
				(first != null) ? first.parameter() : null, size, times, sequences);
		if (first != null) {
			builder.describedAs(first.missionId(), first.subsystem(), first.unit(), first.known(), first.derived());
		}
		builder.rawType = MIXED;
		builder.rawTypes = types;
		builder.doubles = doubles;
		builder.longs = longs;
		builder.booleans = booleans;
		builder.strings = strings;
		return builder.engineering(engineering, numeric, false).build();
	}

	/**
	 * The type of a raw value as the archive keeps it: a Long, Integer, Short or Byte is
	 * a LONG, any other number a DOUBLE.
	 */
	private static byte typeOf(Object raw) {
		return switch (raw) {
			case null -> NONE;
			case Long ignored -> ColumnType.LONG.code();
			case Integer ignored -> ColumnType.LONG.code();
			case Short ignored -> ColumnType.LONG.code();
			case Byte ignored -> ColumnType.LONG.code();
			case Number ignored -> ColumnType.DOUBLE.code();
			case Boolean ignored -> ColumnType.BOOLEAN.code();
			case String ignored -> ColumnType.STRING.code();
			default -> throw new IllegalArgumentException(
					"a raw value of type " + raw.getClass().getName() + " cannot be archived");
		};
	}

	public String spacecraftId() {
		return this.spacecraftId;
	}

	public String parameter() {
		return this.parameter;
	}

	/** The spacecraft's mission, null for an unknown spacecraft. */
	public String missionId() {
		return this.missionId;
	}

	/** From the registry; for an unknown parameter the name's first segment. */
	public String subsystem() {
		return this.subsystem;
	}

	/** From the registry (or the derived parameter's configuration), may be null. */
	public String unit() {
		return this.unit;
	}

	/** Whether the registry defines the parameter (derived parameters are known). */
	public boolean known() {
		return this.known;
	}

	/** Whether the enricher computed it from other parameters. */
	public boolean derived() {
		return this.derived;
	}

	/** How many samples. */
	public int size() {
		return this.size;
	}

	/** Sample {@code i}'s frame timestamp, epoch micros. */
	public long time(int i) {
		return this.times[i];
	}

	/** Sample {@code i}'s frame sequence number. */
	public long sequence(int i) {
		return this.sequences[i];
	}

	/**
	 * The raw type of sample {@code i}: a {@link ColumnType} code, or {@link #NONE}.
	 */
	public byte rawType(int i) {
		return (this.rawType == MIXED) ? this.rawTypes[i] : this.rawType;
	}

	/** Sample {@code i}'s raw value when its type is DOUBLE. */
	public double rawDouble(int i) {
		return this.doubles[i];
	}

	/** Sample {@code i}'s raw value when its type is LONG. */
	public long rawLong(int i) {
		return this.longs[i];
	}

	/** Sample {@code i}'s raw value when its type is BOOLEAN. */
	public boolean rawBoolean(int i) {
		return this.booleans[i];
	}

	/** Sample {@code i}'s raw value when its type is STRING. */
	public String rawString(int i) {
		return this.strings[i];
	}

	/** Sample {@code i}'s raw value boxed: Double, Long, Boolean, String, or null. */
	public Object raw(int i) {
		byte type = rawType(i);
		if (type == ColumnType.DOUBLE.code()) {
			return this.doubles[i];
		}
		if (type == ColumnType.LONG.code()) {
			return this.longs[i];
		}
		if (type == ColumnType.BOOLEAN.code()) {
			return this.booleans[i];
		}
		if (type == ColumnType.STRING.code()) {
			return this.strings[i];
		}
		return null;
	}

	/** Whether sample {@code i} has an engineering value. */
	public boolean hasEngineering(int i) {
		return this.engineering != null && (this.numeric == null || this.numeric[i]);
	}

	/** Sample {@code i}'s engineering value, when it has one. */
	public double engineering(int i) {
		return this.engineering[i];
	}

	/**
	 * Whether the engineering value of sample {@code i} is its raw number exactly (and
	 * absent for a value that is no number), as {@link Double#equals} compares them.
	 */
	public boolean engineeringIsRaw(int i) {
		if (this.engineeringIsRaw) {
			return true;
		}
		byte type = rawType(i);
		if (type == ColumnType.DOUBLE.code()) {
			return hasEngineering(i)
					&& Double.doubleToLongBits(this.engineering[i]) == Double.doubleToLongBits(this.doubles[i]);
		}
		if (type == ColumnType.LONG.code()) {
			return hasEngineering(i)
					&& Double.doubleToLongBits(this.engineering[i]) == Double.doubleToLongBits((double) this.longs[i]);
		}
		return !hasEngineering(i);
	}

	/**
	 * For each sample, its frame's index in the record; null when every frame has one.
	 */
	int[] frames() {
		return this.frames;
	}

	/** The samples one by one (for tests and tools: the archive reads the columns). */
	public List<EnrichedSample> samples() {
		List<EnrichedSample> samples = new ArrayList<>(this.size);
		for (int i = 0; i < this.size; i++) {
			samples.add(new EnrichedSample(this.spacecraftId, this.parameter, this.times[i], this.sequences[i], raw(i),
					hasEngineering(i) ? this.engineering[i] : null, this.known, this.missionId, this.subsystem,
					this.unit, this.derived));
		}
		return samples;
	}

	/** What the enricher fills in. */
	static final class Builder {

		private final String spacecraftId;

		private final String parameter;

		private final int size;

		private final long[] times;

		private final long[] sequences;

		private int[] frames;

		private String missionId;

		private String subsystem;

		private String unit;

		private boolean known;

		private boolean derived;

		private byte rawType = NONE;

		private byte[] rawTypes;

		private double[] doubles;

		private long[] longs;

		private boolean[] booleans;

		private String[] strings;

		private double[] engineering;

		private boolean[] numeric;

		private boolean engineeringIsRaw;

		private Builder(String spacecraftId, String parameter, int size, long[] times, long[] sequences) {
			this.spacecraftId = spacecraftId;
			this.parameter = parameter;
			this.size = size;
			this.times = times;
			this.sequences = sequences;
		}

		Builder frames(int[] frames) {
			this.frames = frames;
			return this;
		}

		Builder describedAs(String missionId, String subsystem, String unit, boolean known, boolean derived) {
			this.missionId = missionId;
			this.subsystem = subsystem;
			this.unit = unit;
			this.known = known;
			this.derived = derived;
			return this;
		}

		Builder raw(ColumnType type, byte[] types, double[] doubles, long[] longs, boolean[] booleans,
				String[] strings) {
			this.rawType = type.code();
			this.rawTypes = types;
			this.doubles = doubles;
			this.longs = longs;
			this.booleans = booleans;
			this.strings = strings;
			return this;
		}

		/**
		 * The engineering values (null: none), which samples have one (null: all of them
		 * when there are values), and whether they are known to be the raw numbers as
		 * they are (no calibration).
		 */
		Builder engineering(double[] values, boolean[] numeric, boolean raw) {
			this.engineering = values;
			this.numeric = numeric;
			this.engineeringIsRaw = raw;
			return this;
		}

		EnrichedColumns build() {
			return new EnrichedColumns(this);
		}

	}

}
