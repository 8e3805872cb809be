package space.orbit.analyzer.detection;

import space.orbit.telemetry.columnar.ColumnType;
import space.orbit.telemetry.columnar.TelemetryColumn;

/**
 * The sample under the detectors, as primitives: one instance goes through every sample
 * of a record (its header set once, the parameter, time and value per sample), so a
 * sample that changes no condition allocates nothing. The {@link Observation} an alert
 * event needs is made only when a condition changes. Not thread-safe; never kept.
 */
final class Sample {

	private String spacecraftId;

	private String traceparent;

	private String batchId;

	private long receivedAtMillis;

	private String parameter;

	private long timeMicros;

	private ColumnType type = ColumnType.STRING;

	private double number = Double.NaN;

	private long integer;

	private boolean flag;

	private String text;

	/** The value as it came, when it came boxed (a backtest). */
	private Object boxed;

	/** Starts a record: where its samples come from. */
	Sample record(String spacecraftId, String traceparent, String batchId, long receivedAtMillis) {
		this.spacecraftId = spacecraftId;
		this.traceparent = traceparent;
		this.batchId = batchId;
		this.receivedAtMillis = receivedAtMillis;
		this.parameter = null;
		this.timeMicros = 0;
		return this;
	}

	/** Moves to a frame: the sample time of what follows. */
	void frame(long timeMicros) {
		this.timeMicros = timeMicros;
	}

	/** Value {@code i} of a column (its index among the column's values). */
	void set(TelemetryColumn column, int i) {
		this.parameter = column.name();
		this.boxed = null;
		switch (column.valueType(i)) {
			case DOUBLE -> setDouble(column.doubles()[i]);
			case LONG -> setLong(column.longs()[i]);
			case BOOLEAN -> setBoolean(column.booleans()[i]);
			case STRING -> setString(column.strings()[i]);
			case MIXED -> throw new IllegalStateException("value " + i + " of " + column.name() + " has no type");
		}
	}

	/**
	 * A boxed value, never null (Double, Long, Boolean or String; any other Number counts
	 * as a number, anything else as text).
	 */
	void set(String parameter, Object value) {
		this.parameter = parameter;
		switch (value) {
			case Double d -> setDouble(d);
			case Long l -> setLong(l);
			case Number n -> setDouble(n.doubleValue());
			case Boolean b -> setBoolean(b);
			case String s -> setString(s);
			default -> setString(String.valueOf(value));
		}
		this.boxed = value;
	}

	private void setDouble(double value) {
		this.type = ColumnType.DOUBLE;
		this.number = value;
		this.text = null;
	}

	private void setLong(long value) {
		this.type = ColumnType.LONG;
		this.integer = value;
		this.number = value;
		this.text = null;
	}

	private void setBoolean(boolean value) {
		this.type = ColumnType.BOOLEAN;
		this.flag = value;
		this.number = Double.NaN;
		this.text = Boolean.toString(value);
	}

	private void setString(String value) {
		this.type = ColumnType.STRING;
		this.number = Double.NaN;
		this.text = value;
	}

	String spacecraftId() {
		return this.spacecraftId;
	}

	String parameter() {
		return this.parameter;
	}

	long timeMicros() {
		return this.timeMicros;
	}

	/** Whether the value is a number (DOUBLE or LONG). */
	boolean numeric() {
		return this.type == ColumnType.DOUBLE || this.type == ColumnType.LONG;
	}

	/** The value as a double (NaN unless {@link #numeric()}). */
	double number() {
		return this.number;
	}

	/** The value as text (a boolean's {@code true}/{@code false}), or null if numeric. */
	String text() {
		return this.text;
	}

	/** The value boxed, as JSON v1 read it: Double, Long, Boolean or String. */
	Object value() {
		if (this.boxed != null) {
			return this.boxed;
		}
		return switch (this.type) {
			case DOUBLE -> this.number;
			case LONG -> this.integer;
			case BOOLEAN -> this.flag;
			case STRING, MIXED -> this.text;
		};
	}

	/** This sample, for an alert event. */
	Observation observation() {
		return observation(this.parameter, value());
	}

	/** The same frame, for another parameter (a spacecraft-wide condition) and value. */
	Observation observation(String parameter, Object value) {
		return new Observation(this.spacecraftId, parameter, this.timeMicros, value, this.traceparent, this.batchId,
				this.receivedAtMillis);
	}

}
