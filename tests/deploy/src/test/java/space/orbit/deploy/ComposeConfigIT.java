package space.orbit.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker-compose config -q} on the Compose file and every profile, offline; and
 * what each profile runs.
 */
class ComposeConfigIT {

	private static final String FILE = ComposeFile.PATH;

	private static final List<String> INFRASTRUCTURE = List.of("postgres", "rabbitmq", "kafka", "mongo", "nats");

	private final Commands commands = new Commands(Map.of());

	@ParameterizedTest
	@ValueSource(strings = { "core", "full", "observability" })
	void everyProfileIsValid(String profile) {
		this.commands
			.run("config-" + profile, Duration.ofMinutes(1), "docker-compose", "-f", FILE, "--profile", profile,
					"config", "-q")
			.ok();
	}

	@Test
	void theFullProfileRunsTheInfrastructureAndEveryServiceOfOrbit() {
		List<String> all = this.commands
			.run("services-full", Duration.ofMinutes(1), "docker-compose", "-f", FILE, "--profile", "full", "config",
					"--services")
			.ok()
			.lines();
		assertThat(ComposeFile.servicesOf("full")).containsExactlyInAnyOrderElementsOf(all)
			.containsAll(INFRASTRUCTURE)
			.containsAll(Commands.orbitServices());
	}

	@Test
	void theCoreProfileRunsTheTelemetrySpineWithoutTheLogistics() {
		assertThat(ComposeFile.servicesOf("core")).containsExactlyInAnyOrder("postgres", "rabbitmq", "kafka", "mongo",
				"nats", "ingest", "processor", "worker", "enricher", "analyzer");
	}

	@Test
	void theObservabilityProfileAloneRunsOnlyTheInfrastructureHere() {
		assertThat(ComposeFile.servicesOf("observability")).containsExactlyInAnyOrderElementsOf(INFRASTRUCTURE);
	}

	@Test
	void anImageNameIsAVariable() {
		Commands overridden = new Commands(Map.of("ORBIT_KAFKA_IMAGE", "example.org/kafka:9", "ORBIT_IMAGE_TAG", "v1"));
		String config = overridden
			.run("config-override", Duration.ofMinutes(1), "docker-compose", "-f", FILE, "--profile", "full", "config")
			.ok()
			.output();
		assertThat(config).contains("image: example.org/kafka:9").contains("image: orbit/ingest:v1");
	}

}
