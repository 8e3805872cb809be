package space.orbit.processor.registry;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The jsonb columns (calibration, limits) in libs/registry-model's JSON form. */
final class RegistryJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private RegistryJson() {
	}

	static String write(Object value) {
		return (value != null) ? JSON.writeValueAsString(value) : null;
	}

	static <T> T read(String json, Class<T> type) {
		return (json != null) ? JSON.readValue(json, type) : null;
	}

}
