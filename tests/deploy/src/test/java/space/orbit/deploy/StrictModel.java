package space.orbit.deploy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;

/**
 * Rendered objects parsed as their Kubernetes types (the fabric8 model), strictly: the
 * model keeps a field it does not know in {@code additionalProperties}, so every such map
 * in the parsed object graph must be empty.
 */
final class StrictModel {

	private StrictModel() {
	}

	/** Every document of a multi-document YAML stream, parsed as its kind. */
	static List<HasMetadata> parse(String manifests) {
		List<HasMetadata> objects = new ArrayList<>();
		for (String document : manifests.split("(?m)^---\\s*$")) {
			if (document.lines().allMatch((line) -> line.isBlank() || line.strip().startsWith("#"))) {
				continue;
			}
			Object parsed = Serialization.unmarshal(document);
			if (!(parsed instanceof HasMetadata object)) {
				throw new AssertionError("not a Kubernetes object of a known kind:\n" + document);
			}
			List<String> unknown = new ArrayList<>();
			unknownFields(object, object.getKind(), unknown);
			if (!unknown.isEmpty()) {
				throw new AssertionError(object.getKind() + " " + object.getMetadata().getName()
						+ " has fields its type does not know: " + unknown);
			}
			objects.add(object);
		}
		return objects;
	}

	private static void unknownFields(Object value, String path, List<String> unknown) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof Enum<?>) {
			return;
		}
		if (value instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				unknownFields(item, path + "[" + i++ + "]", unknown);
			}
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> unknownFields(item, path + "." + key, unknown));
			return;
		}
		if (!value.getClass().getName().startsWith("io.fabric8.")) {
			return;
		}
		for (Method getter : value.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || getter.getDeclaringClass() == Object.class
					|| !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
				continue;
			}
			Object field = invoke(getter, value);
			if (getter.getName().equals("getAdditionalProperties")) {
				if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
					unknown.add(path + " " + extra.keySet());
				}
			}
			else {
				unknownFields(field, path + "." + getter.getName().replaceFirst("^(get|is)", ""), unknown);
			}
		}
	}

	private static Object invoke(Method getter, Object target) {
		try {
			return getter.invoke(target);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
