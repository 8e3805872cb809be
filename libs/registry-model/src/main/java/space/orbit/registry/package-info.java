/**
 * The mission database's model, shared by its owner (the processor) and its readers (the
 * enricher): {@link space.orbit.registry.Mission},
 * {@link space.orbit.registry.Spacecraft} and
 * {@link space.orbit.registry.ParameterDefinition} with its
 * {@link space.orbit.registry.Calibration} and {@link space.orbit.registry.Limits};
 * {@link space.orbit.registry.RegistryValidator} lists what is wrong with a record;
 * {@link space.orbit.registry.RegistryEvents} is the contract of the compacted topic
 * {@code orbit.registry.v1}. Plain Java and Jackson: no Spring.
 */
package space.orbit.registry;
