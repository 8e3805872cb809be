package space.orbit.registry;

/**
 * The key of a record on {@code orbit.registry.v1}: {@code mission/<id>},
 * {@code spacecraft/<id>} or {@code parameter/<missionId>/<name>}. Its
 * {@link #toString()} is that text.
 */
public sealed interface RegistryKey {

	/**
	 * Reads a key.
	 * @throws IllegalArgumentException if the text is not a registry key
	 */
	static RegistryKey parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("a registry key must not be null");
		}
		String[] parts = text.split("/", -1);
		RegistryKey key = switch (parts[0]) {
			case MissionKey.PREFIX -> (parts.length == 2) ? new MissionKey(parts[1]) : null;
			case SpacecraftKey.PREFIX -> (parts.length == 2) ? new SpacecraftKey(parts[1]) : null;
			case ParameterKey.PREFIX -> (parts.length == 3) ? new ParameterKey(parts[1], parts[2]) : null;
			default -> null;
		};
		if (key == null || java.util.Arrays.stream(parts).anyMatch(String::isEmpty)) {
			throw new IllegalArgumentException("not a registry key: " + text);
		}
		return key;
	}

	/**
	 * The key of a mission.
	 *
	 * @param id the mission id
	 */
	record MissionKey(String id) implements RegistryKey {

		static final String PREFIX = "mission";

		@Override
		public String toString() {
			return PREFIX + "/" + this.id;
		}

	}

	/**
	 * The key of a spacecraft.
	 *
	 * @param id the spacecraft id
	 */
	record SpacecraftKey(String id) implements RegistryKey {

		static final String PREFIX = "spacecraft";

		@Override
		public String toString() {
			return PREFIX + "/" + this.id;
		}

	}

	/**
	 * The key of a parameter definition.
	 *
	 * @param missionId the mission
	 * @param name the parameter name
	 */
	record ParameterKey(String missionId, String name) implements RegistryKey {

		static final String PREFIX = "parameter";

		@Override
		public String toString() {
			return PREFIX + "/" + this.missionId + "/" + this.name;
		}

	}

}
