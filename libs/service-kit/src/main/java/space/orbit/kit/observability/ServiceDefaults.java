package space.orbit.kit.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.StringUtils;

/**
 * Adds Orbit's service defaults at the lowest precedence, and maps the standard
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} (base URL, OTLP over HTTP) to Spring Boot's trace
 * exporter. With no endpoint set, trace export is off, so a service run alone stays
 * quiet.
 */
public class ServiceDefaults implements EnvironmentPostProcessor {

	static final String DEFAULTS = "orbit-service-defaults.properties";

	static final String TRACES_ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> otlp = new HashMap<>();
		String base = environment.getProperty("OTEL_EXPORTER_OTLP_ENDPOINT");
		String traces = environment.getProperty("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
		if (StringUtils.hasText(traces)) {
			otlp.put(TRACES_ENDPOINT, traces);
		}
		else if (StringUtils.hasText(base)) {
			otlp.put(TRACES_ENDPOINT, base.replaceAll("/+$", "") + "/v1/traces");
		}
		else if (!environment.containsProperty(TRACES_ENDPOINT)) {
			otlp.put("management.tracing.export.otlp.enabled", "false");
		}
		environment.getPropertySources().addLast(new MapPropertySource("orbitOtlp", otlp));
		environment.getPropertySources().addLast(new PropertiesPropertySource("orbitServiceDefaults", load()));
	}

	private static java.util.Properties load() {
		try {
			return PropertiesLoaderUtils.loadProperties(new ClassPathResource(DEFAULTS));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + DEFAULTS + " from the service kit", ex);
		}
	}

}
