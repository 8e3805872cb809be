package space.orbit.registry;

/**
 * A spacecraft of a mission, with its latest orbit.
 *
 * @param id the spacecraft id, as telemetry frames carry it ({@code spacecraftId})
 * @param missionId the mission it belongs to
 * @param name a display name
 * @param noradId the NORAD catalogue number, may be null
 * @param tle the latest two-line elements, may be null
 */
public record Spacecraft(String id, String missionId, String name, Integer noradId, Tle tle) implements RegistryRecord {

	@Override
	public RegistryKey registryKey() {
		return new RegistryKey.SpacecraftKey(this.id);
	}

}
