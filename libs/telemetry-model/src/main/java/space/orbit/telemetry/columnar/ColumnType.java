package space.orbit.telemetry.columnar;

/**
 * The type of a column, and of a value inside a {@link #MIXED} column. The codes are part
 * of the format (docs/telemetry-v2.md), so they never change.
 */
public enum ColumnType {

	/** Finite doubles: non-integral JSON numbers and integers beyond a long. */
	DOUBLE(1),

	/** JSON integers within a long. */
	LONG(2),

	/** JSON {@code true} and {@code false}. */
	BOOLEAN(3),

	/** JSON strings. */
	STRING(4),

	/** A parameter whose values have more than one of the types above in the record. */
	MIXED(5);

	private static final ColumnType[] BY_CODE = { null, DOUBLE, LONG, BOOLEAN, STRING, MIXED };

	private final byte code;

	ColumnType(int code) {
		this.code = (byte) code;
	}

	/** Its byte in the record. */
	public byte code() {
		return this.code;
	}

	/** The type with this code, or null when there is none. */
	static ColumnType of(int code) {
		return (code > 0 && code < BY_CODE.length) ? BY_CODE[code] : null;
	}

}
