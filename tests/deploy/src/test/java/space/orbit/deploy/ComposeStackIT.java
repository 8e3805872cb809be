package space.orbit.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import space.orbit.test.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system in containers: every image built from deploy/images/Dockerfile
 * ({@code ./orbit images}), the Compose stack (profile full) up through podman's
 * Docker-compatible API ({@code ./orbit compose up}: local equivalents of the
 * infrastructure images, no registry here) with security on and random client secrets
 * ({@link StackSecrets}), every container healthy; the auth service's issuer and keys; a
 * call without a token refused 401 as a problem; tokens of the auth container's clients
 * accepted; a telemetry batch sent with a ground station's token stored and read with a
 * viewer's, and the simulator's frames too; a user created by an admin and their welcome
 * order; /health and /metrics open; then {@code ./orbit compose down} leaves no
 * container, network or volume. Published ports are the usual ones plus
 * {@code orbit.deploy.portOffset} (10000), clear of {@code ./orbit up}'s.
 * <p>
 * The stack runs with the lite profile (deploy/compose/lite.env; {@code
 * -Dorbit.deploy.envFile=} runs compose.yaml's own limits instead): after the traffic and
 * a burst of 600,000 samples no container was killed for memory (exit 137) and none ended
 * after all were healthy, each uses less than its limit, and the limits and the use each
 * add up to 3 GiB at most (ADR 0015, "A lite profile"). The figures are in
 * target/deploy-logs/memory.md.
 */
class ComposeStackIT {

	private static final String PROJECT = System.getProperty("orbit.deploy.project", "orbit-it");

	private static final int OFFSET = Integer.getInteger("orbit.deploy.portOffset", 10000);

	/**
	 * A file of Compose variables: the lite profile by default, the profile with the
	 * least memory to spare; empty ({@code -Dorbit.deploy.envFile=}) for compose.yaml's
	 * own limits.
	 */
	private static final String ENV_FILE = System.getProperty("orbit.deploy.envFile", ComposeFile.LITE_ENV);

	/** The lite profile's memory budget. */
	static final long LITE_BUDGET = 3072 * StackMemory.MIB;

	private static final String LABEL = "label=com.docker.compose.project=" + PROJECT;

	private static final Map<String, Integer> PORTS = Map.ofEntries(Map.entry("INGEST", 8100),
			Map.entry("PROCESSOR", 8101), Map.entry("WORKER", 8102), Map.entry("ENRICHER", 8103),
			Map.entry("ANALYZER", 8104), Map.entry("USERS", 8000), Map.entry("ORDERS", 8001),
			Map.entry("INVENTORY", 8002), Map.entry("SIMULATOR", 8110), Map.entry("AUTH", 9000),
			Map.entry("DASHBOARD", 8080), Map.entry("CONSOLE", 8090), Map.entry("RABBITMQ_MANAGEMENT", 8672));

	private static final StackSecrets SECRETS = StackSecrets
		.generate(Path.of("target/compose-secrets").toAbsolutePath());

	private static final int AUTH = 9000 + OFFSET;

	private final StackAccess access = new StackAccess(published(), SECRETS);

	private final Commands commands = new Commands(environment());

	private static Map<String, String> environment() {
		Map<String, String> env = new HashMap<>();
		env.put("ORBIT_COMPOSE_PROJECT", PROJECT);
		env.put("ORBIT_COMPOSE_PROFILE", "full");
		env.put("ORBIT_COMPOSE_TIMEOUT", "600");
		env.put("ORBIT_LOCAL_INFRA", "1");
		// The MongoDB stand-in keeps the TTL index but expires nothing: the enricher
		// sweeps.
		env.put("ORBIT_ENRICHER_ARCHIVE_SWEEP", "true");
		env.put("ORBIT_COMPOSE_ENV_FILE", ENV_FILE);
		env.putAll(SECRETS.environment());
		PORTS.forEach((name, port) -> env.put("ORBIT_COMPOSE_" + name + "_PORT", String.valueOf(port + OFFSET)));
		return env;
	}

	@Test
	void theWholeSystemRunsInContainers() throws IOException {
		PORTS.values().forEach(ComposeStackIT::assertFree);
		this.commands.run("images", Duration.ofMinutes(15), "./orbit", "images").ok();
		for (String service : Commands.orbitServices()) {
			JsonNode image = this.commands.podman("image", "inspect", "orbit/" + service + ":latest")
				.ok()
				.json()
				.get(0);
			assertThat(image.at("/Config/Labels/org.opencontainers.image.title").asString())
				.isEqualTo("orbit-" + service);
			assertThat(image.at("/Config/User").asString()).as("%s runs as a non-root user", service)
				.isEqualTo("10001:10001");
			assertThat(image.findValue("Healthcheck").get("Test").toString()).as("%s's HEALTHCHECK", service)
				.isEqualTo("[\"CMD\",\"orbit-ready\"]");
		}
		Instant started = Instant.now();
		try {
			this.commands.run("compose-up", Duration.ofMinutes(15), "./orbit", "compose", "up").ok();
			assertEveryContainerHealthy();
			Instant healthy = Instant.now();
			theAuthServicePublishesItsIssuerAndKeys();
			this.access.aCallWithoutATokenIsRefused();
			this.access.healthAndMetricsStayOpen();
			this.access.theFirstAdministratorExists();
			this.access.anAdministratorLogsInToTheDashboardAndTheConsole();
			telemetryIsStoredAndQueryable();
			theSimulatorsFramesAreStored();
			aNewUserGetsAWelcomeOrder();
			aBurstOfTelemetryIsStored();
			new StackMemory(this.commands, PROJECT).assertWithin(ENV_FILE.isEmpty() ? Long.MAX_VALUE : LITE_BUDGET,
					ComposeFile.servicesOf("full").size(), started, healthy);
		}
		finally {
			this.commands.run("compose-down", Duration.ofMinutes(3), "./orbit", "compose", "down").ok();
		}
		assertThat(this.commands.podman("ps", "-a", "-q", "--filter", LABEL).ok().lines()).as("containers").isEmpty();
		assertThat(this.commands.podman("network", "ls", "-q", "--filter", LABEL).ok().lines()).as("networks")
			.isEmpty();
		assertThat(this.commands.podman("volume", "ls", "-q", "--filter", LABEL).ok().lines()).as("volumes").isEmpty();
	}

	private void assertEveryContainerHealthy() {
		List<String> services = ComposeFile.servicesOf("full");
		JsonNode containers = this.commands.podman("ps", "-a", "--filter", LABEL, "--format", "json").ok().json();
		assertThat(containers).hasSize(services.size());
		for (JsonNode container : containers) {
			String name = container.get("Names").get(0).asString();
			String service = container.at("/Labels/com.docker.compose.service").asString();
			// podman's Docker API once split a check's arguments at spaces: `bash -c
			// exec`, always 0.
			JsonNode test = this.commands.podman("inspect", name).ok().json().get(0).at("/Config/Healthcheck/Test");
			assertThat(test.toString()).as("%s's health check as the Compose file declares it", name)
				.isEqualTo(ComposeFile.healthcheck(service).toString());
			assertThat(container.get("State").asString()).as(name).isEqualTo("running");
			assertThat(container.get("Status").asString()).as(name).contains("(healthy)");
			if (Commands.orbitServices().contains(service)) {
				// The image's start-up cache (ADR 0015) in use: on the JVM's command
				// line, and no complaint of the JVM about it in the log.
				assertThat(
						this.commands.podman("exec", name, "bash", "-c", "tr '\\0' ' ' </proc/1/cmdline").ok().output())
					.as("%s's JVM", name)
					.contains("-XX:AOTCache=/app/app.aot");
				assertThat(this.commands.podman("logs", name).output()).as("%s's log", name)
					.doesNotContain("[error][aot]");
			}
		}
	}

	private void telemetryIsStoredAndQueryable() {
		String spacecraft = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
		String batch = """
				{"frames":[{"spacecraftId":"%s","timestamp":"%s","sequence":1,
				  "samples":{"EPS.BATTERY.VOLTAGE":28.1,"AOCS.MODE":"NOMINAL"}}]}""".formatted(spacecraft, at);
		Http ingest = new Http(8100 + OFFSET);
		StackAccess.assertRefused(ingest.post("/api/v1/telemetry", batch), "ingest without a token");
		Http.Response accepted = ingest.withToken(SECRETS.token(AUTH, "simulator")).post("/api/v1/telemetry", batch);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		Http processor = new Http(8101 + OFFSET).withToken(SECRETS.token(AUTH, "cli-viewer"));
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			Http.Response samples = processor.get("/api/v1/samples?spacecraftId=" + spacecraft);
			assertThat(samples.status()).as(samples.body()).isEqualTo(200);
			assertThat(samples.json().get("items")).hasSize(2);
		});
		JsonNode items = processor.get("/api/v1/samples?spacecraftId=" + spacecraft + "&parameter=EPS.BATTERY.VOLTAGE")
			.json()
			.get("items");
		assertThat(items).hasSize(1);
		assertThat(items.get(0).toString()).contains("28.1");
	}

	/**
	 * Batches as a ground station sends them (500 frames of 40 samples, 20,000 samples a
	 * batch), thirty in a row through ingest, RabbitMQ, the processor, PostgreSQL and
	 * Kafka: the last frame of the last batch is stored.
	 */
	private void aBurstOfTelemetryIsStored() {
		String spacecraft = "BURST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Http ingest = new Http(8100 + OFFSET).withToken(SECRETS.token(AUTH, "simulator"));
		int frames = 500;
		int batches = 30;
		// A frame every 100 ms, the last a minute ago (ingest refuses frames from the
		// future).
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(batches * frames / 10 + 60);
		for (int batch = 0; batch < batches; batch++) {
			StringBuilder body = new StringBuilder("{\"frames\":[");
			for (int frame = 0; frame < frames; frame++) {
				int sequence = batch * frames + frame;
				body.append(frame == 0 ? "" : ",")
					.append("{\"spacecraftId\":\"%s\",\"timestamp\":\"%s\",\"sequence\":%d,\"samples\":{"
						.formatted(spacecraft, start.plusMillis(sequence * 100L), sequence));
				for (int sample = 0; sample < 40; sample++) {
					body.append(sample == 0 ? "" : ",").append("\"P.%02d\":%d.5".formatted(sample, sequence));
				}
				body.append("}}");
			}
			Http.Response accepted = ingest.post("/api/v1/telemetry", body.append("]}").toString());
			assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		}
		Http processor = new Http(8101 + OFFSET).withToken(SECRETS.token(AUTH, "cli-viewer"));
		String last = start.plusMillis((batches * frames - 1) * 100L).toString();
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			Http.Response samples = processor
				.get("/api/v1/samples?spacecraftId=" + spacecraft + "&parameter=P.39&from=" + last);
			assertThat(samples.status()).as(samples.body()).isEqualTo(200);
			assertThat(samples.json().get("items")).hasSize(1);
		});
	}

	/**
	 * The simulator container sends with its own token (orbit-simulator): its spacecraft
	 * ORB-1 has samples.
	 */
	private void theSimulatorsFramesAreStored() {
		Http processor = new Http(8101 + OFFSET).withToken(SECRETS.token(AUTH, "cli-viewer"));
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			Http.Response samples = processor.get("/api/v1/samples?spacecraftId=ORB-1&limit=1");
			assertThat(samples.status()).as(samples.body()).isEqualTo(200);
			assertThat(samples.json().get("items")).isNotEmpty();
		});
	}

	private void theAuthServicePublishesItsIssuerAndKeys() {
		Http auth = new Http(AUTH);
		JsonNode discovery = auth.get("/.well-known/openid-configuration").json();
		assertThat(discovery.get("issuer").asString()).isEqualTo("http://127.0.0.1:9000");
		assertThat(auth.get("/oauth2/jwks").json().get("keys")).isNotEmpty();
		assertThat(auth.get("/login").body()).contains("name=\"password\"");
	}

	private void aNewUserGetsAWelcomeOrder() {
		String email = "it-" + UUID.randomUUID() + "@orbit.space";
		Http.Response created = new Http(8000 + OFFSET).withToken(SECRETS.token(AUTH, "cli-admin"))
			.post("/api/users", "{\"email\":\"%s\",\"name\":\"Compose IT\",\"role\":\"CREW\"}".formatted(email));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String userId = created.json().get("id").asString();
		Http orders = new Http(8001 + OFFSET).withToken(SECRETS.token(AUTH, "cli-viewer"));
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			JsonNode page = orders.get("/api/orders?userId=" + userId).json();
			assertThat(page.get("items")).hasSize(1);
			assertThat(page.get("items").get(0).get("kind").asString()).isEqualTo("WELCOME");
		});
	}

	private static Map<String, Integer> published() {
		Map<String, Integer> published = new HashMap<>();
		PORTS.forEach((service, port) -> published.put(service, port + OFFSET));
		return published;
	}

	private static void assertFree(int port) {
		try (ServerSocket socket = new ServerSocket(port + OFFSET)) {
			socket.setReuseAddress(true);
		}
		catch (IOException ex) {
			throw new AssertionError("port " + (port + OFFSET) + " is taken: the Compose stack publishes it; "
					+ "choose other ports with -Dorbit.deploy.portOffset=N (now " + OFFSET + ")", ex);
		}
	}

}
