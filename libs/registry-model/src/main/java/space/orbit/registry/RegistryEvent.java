package space.orbit.registry;

/**
 * One record read from {@code orbit.registry.v1}: the key and the record's current state,
 * or a deletion (a tombstone).
 *
 * @param key the key
 * @param record the record, null when deleted
 */
public record RegistryEvent(RegistryKey key, RegistryRecord record) {

	public RegistryEvent {
		java.util.Objects.requireNonNull(key, "key");
	}

	/** Whether the record was deleted (the message was a tombstone). */
	public boolean deleted() {
		return this.record == null;
	}

}
