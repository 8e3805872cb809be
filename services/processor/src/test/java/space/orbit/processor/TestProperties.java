package space.orbit.processor;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The processor's settings as Spring binds them ({@code orbit.processor.*} defaults, with
 * overrides), for unit tests that build the processor's classes by hand.
 */
public final class TestProperties {

	private TestProperties() {
	}

	/** The defaults, with {@code overrides} (names relative to orbit.processor). */
	public static ProcessorProperties with(Map<String, String> overrides) {
		Map<String, String> properties = new java.util.HashMap<>();
		overrides.forEach((name, value) -> properties.put("orbit.processor." + name, value));
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("orbit.processor",
				ProcessorProperties.class);
	}

}
