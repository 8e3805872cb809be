package space.orbit.processor.registry;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A record as the API shows it: its fields, then how many times it changed and when it
 * last did.
 */
record RegistryView<T>(@JsonUnwrapped T record, Long version, Instant updatedAt) {
}
