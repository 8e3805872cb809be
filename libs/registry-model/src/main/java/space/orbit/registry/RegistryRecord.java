package space.orbit.registry;

/**
 * A record of the mission database: what is published, one per key, on
 * {@code orbit.registry.v1}.
 */
public sealed interface RegistryRecord permits Mission, Spacecraft, ParameterDefinition {

	/** The key of this record on {@code orbit.registry.v1}. */
	RegistryKey registryKey();

}
