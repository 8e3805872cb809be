package space.orbit.enricher.registry;

/**
 * Published once the registry has caught up with {@code orbit.registry.v1} at start-up.
 *
 * @param recordsRead the records read until then
 */
public record RegistryLoaded(long recordsRead) {
}
