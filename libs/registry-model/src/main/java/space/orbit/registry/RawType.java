package space.orbit.registry;

/**
 * The type of a parameter's raw value as telemetry carries it. Only {@link #FLOAT} and
 * {@link #INTEGER} parameters are calibrated and limit-checked.
 */
public enum RawType {

	FLOAT, INTEGER, BOOLEAN, STRING, ENUM;

	/** Whether values of this type are numbers. */
	public boolean numeric() {
		return this == FLOAT || this == INTEGER;
	}

}
