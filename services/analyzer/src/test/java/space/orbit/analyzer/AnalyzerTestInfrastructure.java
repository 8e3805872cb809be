package space.orbit.analyzer;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestKafka;
import space.orbit.test.TestNames;
import space.orbit.test.TestPostgres;

/**
 * Points an analyzer under test at this machine's real PostgreSQL (a schema of its own)
 * and a real Kafka broker (topics, Streams application and consumer group of its own),
 * with security on: every request needs a token of the JVM's {@link TestIssuer}. The
 * names are new for every test class, so one class never reads what another left on a
 * topic (every subclass closes its context after the class).
 */
public abstract class AnalyzerTestInfrastructure {

	protected static TestPostgres postgres;

	protected static String telemetryTopic;

	protected static String alertsTopic;

	protected static String rulesTopic;

	protected static String registryTopic;

	@BeforeAll
	static void namesOfThisClass() {
		postgres = TestPostgres.newSchema("analyzer_it");
		telemetryTopic = TestNames.unique("telemetry-it-");
		alertsTopic = TestNames.unique("alerts-it-");
		rulesTopic = TestNames.unique("rules-it-");
		registryTopic = TestNames.unique("registry-it-");
	}

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) throws IOException {
		String stateDir = Files.createTempDirectory("analyzer-it").toString();
		String application = TestNames.unique("analyzer-it-");
		registry.add("spring.datasource.url", () -> postgres.url());
		registry.add("orbit.analyzer.schema", () -> postgres.schema());
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		registry.add("orbit.analyzer.telemetry-topic", () -> telemetryTopic);
		registry.add("orbit.analyzer.alerts-topic", () -> alertsTopic);
		registry.add("orbit.analyzer.rules-topic", () -> rulesTopic);
		registry.add("orbit.analyzer.registry-topic", () -> registryTopic);
		registry.add("orbit.analyzer.streams.application-id", () -> application);
		registry.add("orbit.analyzer.streams.state-dir", () -> stateDir);
		registry.add("orbit.analyzer.alerts.consumer-group", () -> application + "-alerts");
		registry.add("orbit.analyzer.alerts.sweep-interval", () -> "200ms");
		registry.add("orbit.analyzer.rules.relay-interval", () -> "500ms");
		registry.add("logging.structured.format.console", () -> "");
		TestIssuer.shared().properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@AfterAll
	static void cleanUp() {
		postgres.close();
	}

}
