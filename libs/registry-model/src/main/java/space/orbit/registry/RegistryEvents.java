package space.orbit.registry;

import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract of the compacted topic {@code orbit.registry.v1}. The key is text:
 * {@code mission/<id>}, {@code spacecraft/<id>} or {@code parameter/<missionId>/<name>}
 * ({@link RegistryKey}); the value is the record's JSON (UTF-8); a null value (a
 * tombstone) means the record was deleted. Compaction keeps the latest value of each key,
 * so reading the topic from the beginning yields the whole registry. Readers ignore
 * unknown JSON properties: fields may be added.
 */
public final class RegistryEvents {

	/** The topic. */
	public static final String TOPIC = "orbit.registry.v1";

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private RegistryEvents() {
	}

	/** The message key of a record. */
	public static String key(RegistryRecord record) {
		return record.registryKey().toString();
	}

	/** The message value of a record: its JSON. */
	public static byte[] value(RegistryRecord record) {
		return JSON.writeValueAsBytes(record);
	}

	/** A record as JSON text (for logs and tests). */
	public static String json(RegistryRecord record) {
		return new String(value(record), StandardCharsets.UTF_8);
	}

	/**
	 * Reads a message.
	 * @param key the message key
	 * @param value the message value, null for a tombstone
	 * @return the event
	 * @throws InvalidRegistryEventException if the key is not a registry key, the value
	 * not the JSON of the key's kind of record, or the record's own key differs from the
	 * message key
	 */
	public static RegistryEvent read(String key, byte[] value) {
		RegistryKey parsed;
		try {
			parsed = RegistryKey.parse(key);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRegistryEventException(ex.getMessage(), ex);
		}
		if (value == null) {
			return new RegistryEvent(parsed, null);
		}
		Class<? extends RegistryRecord> type = switch (parsed) {
			case RegistryKey.MissionKey k -> Mission.class;
			case RegistryKey.SpacecraftKey k -> Spacecraft.class;
			case RegistryKey.ParameterKey k -> ParameterDefinition.class;
		};
		RegistryRecord record;
		try {
			record = JSON.readValue(value, type);
		}
		catch (JacksonException ex) {
			throw new InvalidRegistryEventException(
					"The value under " + key + " is not a " + type.getSimpleName() + ": " + ex.getOriginalMessage(),
					ex);
		}
		if (record == null || !parsed.equals(record.registryKey())) {
			throw new InvalidRegistryEventException(
					"The value under " + key + " is keyed " + ((record != null) ? record.registryKey() : null), null);
		}
		return new RegistryEvent(parsed, record);
	}

	/** Reads a record's JSON (e.g. a request body in tests). */
	public static <T extends RegistryRecord> T parse(String json, Class<T> type) {
		try {
			return JSON.readValue(json, type);
		}
		catch (JacksonException ex) {
			throw new InvalidRegistryEventException("Not a " + type.getSimpleName() + ": " + ex.getOriginalMessage(),
					ex);
		}
	}

}
