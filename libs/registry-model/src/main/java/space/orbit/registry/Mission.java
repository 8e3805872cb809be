package space.orbit.registry;

/**
 * A mission: the owner of spacecraft and of parameter definitions.
 *
 * @param id the mission id, {@code [A-Z0-9][A-Z0-9._-]{0,63}}
 * @param name a display name
 * @param description free text, may be null
 */
public record Mission(String id, String name, String description) implements RegistryRecord {

	@Override
	public RegistryKey registryKey() {
		return new RegistryKey.MissionKey(this.id);
	}

}
