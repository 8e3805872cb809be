package space.orbit.registry;

/**
 * The definition of a telemetry parameter of a mission.
 *
 * @param missionId the mission
 * @param name the parameter name, as frames carry it, e.g. {@code EPS.BATTERY.VOLTAGE}
 * @param subsystem e.g. {@code EPS}
 * @param description free text, may be null
 * @param unit the engineering unit, e.g. {@code V}, may be null
 * @param rawType the type of the raw value
 * @param calibration raw to engineering value; null means the identity
 * @param limits default limits in engineering units, may be null
 */
public record ParameterDefinition(String missionId, String name, String subsystem, String description, String unit,
		RawType rawType, Calibration calibration, Limits limits) implements RegistryRecord {

	@Override
	public RegistryKey registryKey() {
		return new RegistryKey.ParameterKey(this.missionId, this.name);
	}

	/** The engineering value of a raw number (the identity without a calibration). */
	public double engineeringValue(double raw) {
		return Calibration.apply(this.calibration, raw);
	}

}
