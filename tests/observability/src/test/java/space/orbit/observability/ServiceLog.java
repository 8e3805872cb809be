package space.orbit.observability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import org.slf4j.MDC;

import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * A service's JSON log file as the services write it in Compose: the service's
 * environment in deploy/observability/compose.yaml ({@code LOGGING_FILE_NAME},
 * {@code LOGGING_STRUCTURED_FORMAT_FILE}) over the service kit's defaults
 * (orbit-service-defaults.properties: the {@code traceId}/{@code spanId} renames),
 * written by Spring Boot's own {@link StructuredLogEncoder} in the format that
 * environment names, as Boot's file appender does. The trace and span ids are in the MDC
 * under the keys the Micrometer tracing bridge uses ({@code traceId}, {@code spanId});
 * the request id under the service kit's {@code request_id}.
 */
final class ServiceLog {

	static final Path COMPOSE = Repository.OBSERVABILITY.resolve("compose.yaml");

	static final Path SERVICE_DEFAULTS = Repository.ROOT
		.resolve("libs/service-kit/src/main/resources/orbit-service-defaults.properties");

	/** The MDC key of the service kit's RequestIdFilter. */
	static final String REQUEST_ID = "request_id";

	/** The path Compose gives the service's log file (inside the container). */
	final String composePath;

	/** Where this test writes it. */
	final Path file;

	private final LoggerContext context;

	private final FileAppender<ILoggingEvent> appender;

	private ServiceLog(String composePath, Path file, LoggerContext context, FileAppender<ILoggingEvent> appender) {
		this.composePath = composePath;
		this.file = file;
		this.context = context;
		this.appender = appender;
	}

	/**
	 * The log of {@code service}, configured as Compose configures it, written in
	 * {@code folder}.
	 */
	static ServiceLog open(String service, Path folder) {
		Map<String, Object> environment = composeEnvironment(service);
		String composePath = (String) environment.get("LOGGING_FILE_NAME");
		if (composePath == null) {
			throw new IllegalStateException(COMPOSE + ": service " + service + " sets no LOGGING_FILE_NAME");
		}
		StandardEnvironment spring = new StandardEnvironment();
		// Relaxed names (LOGGING_STRUCTURED_FORMAT_FILE ->
		// logging.structured.format.file), as
		// the container's environment reaches Boot.
		spring.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(
					"compose-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
		// Lowest precedence, as the kit's ServiceDefaults adds it.
		spring.getPropertySources().addLast(new PropertiesPropertySource("orbitServiceDefaults", serviceDefaults()));
		String format = spring.getProperty("logging.structured.format.file");
		if (format == null || format.isBlank()) {
			throw new IllegalStateException(COMPOSE + ": service " + service + " sets no structured file log format");
		}
		LoggerContext context = new LoggerContext();
		context.setName("orbit-" + service + "-log");
		context.setMDCAdapter(MDC.getMDCAdapter());
		// Where Boot's LogbackLoggingSystem puts it for the encoder.
		context.putObject(Environment.class.getName(), spring);
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(context);
		encoder.setFormat(format);
		encoder.start();
		Path file = folder.resolve(Path.of(composePath).getFileName());
		FileAppender<ILoggingEvent> appender = new FileAppender<>();
		appender.setContext(context);
		appender.setFile(file.toString());
		appender.setEncoder(encoder);
		appender.start();
		context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
		return new ServiceLog(composePath, file, context, appender);
	}

	/**
	 * Logs through {@code logger} with the given MDC entries in place, then removes them.
	 */
	void log(String logger, Map<String, String> mdc, Consumer<Logger> statement) {
		mdc.forEach(MDC::put);
		try {
			statement.accept(this.context.getLogger(logger));
		}
		finally {
			mdc.keySet().forEach(MDC::remove);
		}
	}

	/** Closes the file and returns its lines. */
	List<String> close() throws IOException {
		this.appender.stop();
		this.context.stop();
		return Files.readAllLines(this.file);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> composeEnvironment(String service) {
		Map<String, Object> services = (Map<String, Object>) Repository.yaml(COMPOSE).get("services");
		Map<String, Object> definition = (Map<String, Object>) services.get(service);
		if (definition == null || !(definition.get("environment") instanceof Map)) {
			throw new IllegalStateException(COMPOSE + " has no environment map for service " + service);
		}
		return (Map<String, Object>) definition.get("environment");
	}

	private static Properties serviceDefaults() {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(SERVICE_DEFAULTS)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + SERVICE_DEFAULTS, ex);
		}
		return properties;
	}

}
