package space.orbit.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.dataformat.yaml.YAMLMapper;

/** Helm's merge of values files: maps merge key by key, anything else is replaced. */
final class YamlMerge {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private YamlMerge() {
	}

	@SuppressWarnings("unchecked")
	static String merge(String base, String overrides) {
		Map<String, Object> merged = YAML.readValue(base, LinkedHashMap.class);
		merge(merged, YAML.readValue(overrides, LinkedHashMap.class));
		return YAML.writeValueAsString(merged);
	}

	@SuppressWarnings("unchecked")
	private static void merge(Map<String, Object> into, Map<String, Object> from) {
		from.forEach((key, value) -> {
			if (value instanceof Map<?, ?> map && into.get(key) instanceof Map<?, ?> existing) {
				merge((Map<String, Object>) existing, (Map<String, Object>) map);
			}
			else {
				into.put(key, value);
			}
		});
	}

}
