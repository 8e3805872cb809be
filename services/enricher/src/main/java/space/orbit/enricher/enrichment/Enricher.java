package space.orbit.enricher.enrichment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import space.orbit.enricher.registry.Registry;
import space.orbit.registry.ParameterDefinition;
import space.orbit.registry.Spacecraft;
import space.orbit.telemetry.columnar.ColumnType;
import space.orbit.telemetry.columnar.TelemetryColumn;
import space.orbit.telemetry.columnar.TelemetryColumns;

/**
 * Enriches telemetry, a column at a time: for each parameter of a record, the registry is
 * looked up once, then every sample gets its engineering value (the parameter's
 * calibration applied to a number; the number itself without one), and the column its
 * unit, subsystem and mission, from the registry as it is when the record is enriched;
 * then the derived parameters, over the columns of their inputs, in every frame that has
 * them all. A sample of an unknown spacecraft or parameter is kept, flagged unknown, with
 * its number as engineering value. A calibration that cannot be applied (an invalid
 * definition on the topic) leaves the engineering value empty.
 */
public class Enricher {

	private final Registry registry;

	private final List<DerivedParameter> derived;

	public Enricher(Registry registry, List<DerivedParameter> derived) {
		this.registry = registry;
		this.derived = List.copyOf(derived);
	}

	public EnrichedRecord enrich(TelemetryColumns record) {
		Spacecraft spacecraft = this.registry.spacecraft(record.spacecraftId());
		String missionId = (spacecraft != null) ? spacecraft.missionId() : null;
		List<EnrichedColumns> enriched = new ArrayList<>(record.columns().size() + this.derived.size());
		Map<String, EnrichedColumns> byName = this.derived.isEmpty() ? Map.of() : new HashMap<>();
		for (TelemetryColumn column : record.columns()) {
			if (column.count() == 0) {
				continue;
			}
			EnrichedColumns one = column(record, column, missionId);
			enriched.add(one);
			if (!this.derived.isEmpty()) {
				byName.put(one.parameter(), one);
			}
		}
		for (DerivedParameter parameter : this.derived) {
			EnrichedColumns one = derive(record, parameter, byName, missionId);
			if (one != null) {
				enriched.add(one);
			}
		}
		return new EnrichedRecord(record.spacecraftId(), enriched);
	}

	private EnrichedColumns column(TelemetryColumns record, TelemetryColumn column, String missionId) {
		String parameter = column.name();
		ParameterDefinition definition = (missionId != null) ? this.registry.parameter(missionId, parameter) : null;
		int count = column.count();
		EnrichedColumns.Builder builder;
		if (column.dense()) {
			builder = EnrichedColumns.builder(record.spacecraftId(), parameter, count, record.times(),
					record.sequences());
		}
		else {
			int[] frames = column.frameIndexes();
			long[] times = new long[count];
			long[] sequences = new long[count];
			for (int i = 0; i < count; i++) {
				times[i] = record.times()[frames[i]];
				sequences[i] = record.sequences()[frames[i]];
			}
			builder = EnrichedColumns.builder(record.spacecraftId(), parameter, count, times, sequences).frames(frames);
		}
		if (definition == null) {
			builder.describedAs(missionId, subsystemOf(parameter), null, false, false);
		}
		else {
			builder.describedAs(missionId, definition.subsystem(), definition.unit(), true, false);
		}
		byte[] types = null;
		if (column.type() == ColumnType.MIXED) {
			types = new byte[count];
			for (int i = 0; i < count; i++) {
				types[i] = column.valueType(i).code();
			}
		}
		builder.raw(column.type(), types, column.doubles(), column.longs(), column.booleans(), column.strings());
		return switch (column.type()) {
			case DOUBLE -> (definition == null) ? builder.engineering(column.doubles(), null, true).build()
					: calibrated(builder, definition, column.doubles(), null, count);
			case LONG -> {
				double[] numbers = new double[count];
				long[] longs = column.longs();
				for (int i = 0; i < count; i++) {
					numbers[i] = longs[i];
				}
				yield (definition == null) ? builder.engineering(numbers, null, true).build()
						: calibrated(builder, definition, numbers, null, count);
			}
			case MIXED -> {
				double[] numbers = new double[count];
				boolean[] numeric = new boolean[count];
				for (int i = 0; i < count; i++) {
					if (types[i] == ColumnType.DOUBLE.code()) {
						numbers[i] = column.doubles()[i];
						numeric[i] = true;
					}
					else if (types[i] == ColumnType.LONG.code()) {
						numbers[i] = column.longs()[i];
						numeric[i] = true;
					}
				}
				yield (definition == null) ? builder.engineering(numbers, numeric, true).build()
						: calibrated(builder, definition, numbers, numeric, count);
			}
			case BOOLEAN, STRING -> builder.build();
		};
	}

	/**
	 * The calibration applied to every number ({@code numeric} null: every value is one);
	 * a value it cannot give (an exception, or not finite) has none.
	 */
	private static EnrichedColumns calibrated(EnrichedColumns.Builder builder, ParameterDefinition definition,
			double[] raws, boolean[] numeric, int count) {
		double[] values = new double[count];
		boolean[] present = null;
		for (int i = 0; i < count; i++) {
			if (numeric != null && !numeric[i]) {
				present = missing(present, i, count);
				continue;
			}
			double value;
			try {
				value = definition.engineeringValue(raws[i]);
			}
			catch (RuntimeException invalidCalibration) {
				value = Double.NaN;
			}
			if (Double.isFinite(value)) {
				values[i] = value;
				if (present != null) {
					present[i] = true;
				}
			}
			else {
				present = missing(present, i, count);
			}
		}
		return builder.engineering(values, present, false).build();
	}

	/** The presence flags, all set before {@code i}, i unset. */
	private static boolean[] missing(boolean[] present, int i, int count) {
		if (present == null) {
			present = new boolean[count];
			Arrays.fill(present, 0, i, true);
		}
		present[i] = false;
		return present;
	}

	/**
	 * The derived parameter in every frame where each input has an engineering value and
	 * the record has no sample of that name; null when there is no such frame.
	 */
	private static EnrichedColumns derive(TelemetryColumns record, DerivedParameter parameter,
			Map<String, EnrichedColumns> byName, String missionId) {
		int frames = record.frameCount();
		List<String> inputs = parameter.inputs();
		double[][] values = new double[inputs.size()][];
		boolean[][] present = new boolean[inputs.size()][];
		for (int k = 0; k < inputs.size(); k++) {
			EnrichedColumns input = byName.get(inputs.get(k));
			if (input == null) {
				return null;
			}
			values[k] = new double[frames];
			present[k] = new boolean[frames];
			int[] frameOf = input.frames();
			for (int i = 0; i < input.size(); i++) {
				if (input.hasEngineering(i)) {
					int frame = (frameOf != null) ? frameOf[i] : i;
					values[k][frame] = input.engineering(i);
					present[k][frame] = true;
				}
			}
		}
		TelemetryColumn own = record.column(parameter.name());
		long[] times = new long[frames];
		long[] sequences = new long[frames];
		int[] frameIndexes = new int[frames];
		double[] computed = new double[frames];
		double[] operands = new double[inputs.size()];
		int count = 0;
		next: for (int frame = 0; frame < frames; frame++) {
			if (own != null && own.present(frame)) {
				continue;
			}
			for (int k = 0; k < operands.length; k++) {
				if (!present[k][frame]) {
					continue next;
				}
				operands[k] = values[k][frame];
			}
			times[count] = record.times()[frame];
			sequences[count] = record.sequences()[frame];
			frameIndexes[count] = frame;
			computed[count++] = parameter.compute(operands);
		}
		if (count == 0) {
			return null;
		}
		return EnrichedColumns
			.builder(record.spacecraftId(), parameter.name(), count, Arrays.copyOf(times, count),
					Arrays.copyOf(sequences, count))
			.frames(Arrays.copyOf(frameIndexes, count))
			.describedAs(missionId, subsystemOf(parameter.name()), parameter.unit(), true, true)
			.engineering(Arrays.copyOf(computed, count), null, false)
			.build();
	}

	static String subsystemOf(String parameter) {
		int dot = parameter.indexOf('.');
		return (dot > 0) ? parameter.substring(0, dot) : parameter;
	}

}
