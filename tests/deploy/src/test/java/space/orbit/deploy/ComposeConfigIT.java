package space.orbit.deploy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker-compose config -q} on the Compose file and every profile, offline; what
 * each profile runs; security on by default, and no client secret without the
 * environment's.
 */
class ComposeConfigIT {

	private static final String FILE = ComposeFile.PATH;

	private static final List<String> INFRASTRUCTURE = List.of("postgres", "rabbitmq", "kafka", "mongo", "nats");

	private final Commands commands = new Commands(ComposeFile.requiredVariables());

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
				"nats", "ingest", "processor", "worker", "enricher", "analyzer", "auth");
	}

	@Test
	void theObservabilityProfileAloneRunsOnlyTheInfrastructureHere() {
		assertThat(ComposeFile.servicesOf("observability")).containsExactlyInAnyOrderElementsOf(INFRASTRUCTURE);
	}

	@Test
	void everyServiceRunsWithSecurityOnAndTheAuthServiceFound() throws Exception {
		JsonNode services = YAMLMapper.builder()
			.build()
			.readTree(this.commands
				.run("config-security", Duration.ofMinutes(1), "docker-compose", "-f", FILE, "--profile", "full",
						"config")
				.ok()
				.output())
			.get("services");
		for (String service : Commands.orbitServices()) {
			if (service.equals("simulator")) {
				continue;
			}
			JsonNode env = services.get(service).get("environment");
			assertThat(env.get("ORBIT_SECURITY_ENABLED").asString()).as(service).isEqualTo("true");
			assertThat(env.get("ORBIT_AUTH_ISSUER").asString()).as(service).isEqualTo("http://127.0.0.1:9000");
			assertThat(env.get("ORBIT_AUTH_JWKS_URI").asString()).as(service).isEqualTo("http://auth:9000/oauth2/jwks");
		}
		JsonNode auth = services.get("auth").get("environment");
		for (String client : StackSecrets.CLIENTS) {
			assertThat(auth.get(StackSecrets.variable(client)).asString()).as(client).isNotBlank();
		}
		assertThat(services.at("/simulator/environment/ORBIT_SIMULATOR_CLIENT_SECRET").asString()).isNotBlank();
		assertThat(services.at("/dashboard/environment/ORBIT_DASHBOARD_PLANNER_CLIENT_SECRET").asString())
			.as("the dashboard's planner is the auth service's client orbit-dashboard-planner")
			.isEqualTo(auth.get("ORBIT_AUTH_DASHBOARD_PLANNER_SECRET").asString());
	}

	@Test
	void withoutAClientSecretComposeRefusesAndNamesTheVariable() {
		Map<String, String> env = new HashMap<>(ComposeFile.requiredVariables());
		env.remove("ORBIT_AUTH_WORKER_SECRET");
		Commands.Result refused = new Commands(env).run("config-no-secret", Duration.ofMinutes(1), "docker-compose",
				"-f", FILE, "--profile", "core", "config", "-q");
		assertThat(refused.exit()).isNotZero();
		assertThat(refused.output()).contains("ORBIT_AUTH_WORKER_SECRET is required");
	}

	@Test
	void anImageNameIsAVariable() {
		Map<String, String> env = new HashMap<>(ComposeFile.requiredVariables());
		env.putAll(Map.of("ORBIT_KAFKA_IMAGE", "example.org/kafka:9", "ORBIT_IMAGE_TAG", "v1"));
		Commands overridden = new Commands(env);
		String config = overridden
			.run("config-override", Duration.ofMinutes(1), "docker-compose", "-f", FILE, "--profile", "full", "config")
			.ok()
			.output();
		assertThat(config).contains("image: example.org/kafka:9").contains("image: orbit/ingest:v1");
	}

}
