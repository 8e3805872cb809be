package space.orbit.deploy;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final String LITE = ComposeFile.LITE_ENV;

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

	/**
	 * Every container of the full profile has a memory limit (compose.yaml's own), and
	 * RabbitMQ plans with its limit, not the host's memory.
	 */
	@Test
	void everyContainerOfTheFullProfileHasAMemoryLimit() {
		Map<String, Long> limits = memoryLimits(config("config-limits-full"));
		assertThat(limits.keySet()).containsExactlyInAnyOrderElementsOf(ComposeFile.servicesOf("full"));
		assertThat(limits).allSatisfy((service, limit) -> assertThat(limit).as(service).isPositive());
		assertRabbitMqPlansWithItsLimit(config("config-limits-full"));
	}

	/**
	 * The lite profile (deploy/compose/lite.env) sets the limit of every container of the
	 * full profile, and the limits add up to 3 GiB at most; every Java service gets its
	 * JVM options and RabbitMQ plans with its lite limit.
	 */
	@Test
	void theLiteProfileLimitsEveryContainerWithin3GiB() throws Exception {
		JsonNode lite = config("config-limits-lite", "--env-file", LITE);
		JsonNode full = config("config-limits-full");
		Map<String, Long> limits = memoryLimits(lite);
		assertThat(limits.keySet()).containsExactlyInAnyOrderElementsOf(ComposeFile.servicesOf("full"));
		String env = Files.readString(Commands.ROOT.resolve(LITE));
		Map<String, String> variables = ComposeFile.liteEnv();
		for (String service : limits.keySet()) {
			assertThat(env).as("lite.env sets %s's limit", service)
				.containsPattern("(?m)^ORBIT_" + service.toUpperCase() + "_MEMORY=\\d+m$");
			assertThat(limits.get(service)).as("%s's lite limit is below its full one", service)
				.isLessThan(memoryLimits(full).get(service));
		}
		long sum = limits.values().stream().mapToLong(Long::longValue).sum();
		assertThat(sum).as("the lite limits together: %s", limits).isLessThanOrEqualTo(ComposeStackIT.LITE_BUDGET);
		for (String service : Commands.orbitServices()) {
			JsonNode environment = lite.at("/" + service + "/environment");
			assertThat(environment.get("JAVA_OPTS").asString()).as(service)
				.isEqualTo(variables.get("ORBIT_CONTAINER_JAVA_OPTS"))
				.contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
			assertThat(environment.get("MALLOC_ARENA_MAX").asString()).as(service)
				.isEqualTo(variables.get("ORBIT_MALLOC_ARENA_MAX"));
		}
		assertThat(lite.at("/kafka/environment/KAFKA_HEAP_OPTS").asString())
			.isEqualTo(variables.get("ORBIT_KAFKA_HEAP_OPTS"));
		assertThat(lite.at("/postgres/command").toString())
			.contains("shared_buffers=" + variables.get("ORBIT_POSTGRES_SHARED_BUFFERS"));
		assertRabbitMqPlansWithItsLimit(lite);
	}

	private JsonNode config(String log, String... options) {
		List<String> command = new ArrayList<>(List.of("docker-compose"));
		command.addAll(List.of(options));
		command.addAll(List.of("-f", FILE, "--profile", "full", "config"));
		return YAMLMapper.builder()
			.build()
			.readTree(this.commands.run(log, Duration.ofMinutes(1), command.toArray(String[]::new)).ok().output())
			.get("services");
	}

	/** Each service's mem_limit in bytes (absent: no entry). */
	private static Map<String, Long> memoryLimits(JsonNode services) {
		Map<String, Long> limits = new TreeMap<>();
		services.propertyStream()
			.filter((service) -> service.getValue().has("mem_limit"))
			.forEach((service) -> limits.put(service.getKey(), bytes(service.getValue().get("mem_limit").asString())));
		return limits;
	}

	/** Compose's sizes: a number with an optional b, k, m or g. */
	static long bytes(String size) {
		Matcher matcher = Pattern.compile("(\\d+)([bkmg]?)").matcher(size.strip().toLowerCase());
		assertThat(matcher.matches()).as("a Compose size: %s", size).isTrue();
		long unit = switch (matcher.group(2)) {
			case "k" -> 1024L;
			case "m" -> 1024L * 1024;
			case "g" -> 1024L * 1024 * 1024;
			default -> 1L;
		};
		return Long.parseLong(matcher.group(1)) * unit;
	}

	/**
	 * RabbitMQ's total memory (total_memory_available_override_value) is its container's
	 * limit, and its high watermark a fraction of it below 1.
	 */
	private static void assertRabbitMqPlansWithItsLimit(JsonNode services) {
		String args = services.at("/rabbitmq/environment/RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS").asString();
		Matcher total = Pattern.compile("-rabbit total_memory_available_override_value (\\d+)").matcher(args);
		assertThat(total.find()).as(args).isTrue();
		assertThat(Long.parseLong(total.group(1))).as("RabbitMQ's total memory is its limit: %s", args)
			.isEqualTo(bytes(services.at("/rabbitmq/mem_limit").asString()));
		Matcher watermark = Pattern.compile("-rabbit vm_memory_high_watermark (0\\.\\d+)").matcher(args);
		assertThat(watermark.find()).as(args).isTrue();
		assertThat(Double.parseDouble(watermark.group(1))).isBetween(0.4, 0.9);
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
