package space.orbit.e2e;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import space.orbit.test.AccessMatrix;
import space.orbit.test.ApiDocument;
import space.orbit.test.Http;
import space.orbit.test.OidcLogin;
import space.orbit.test.ServiceProcess;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestRabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Authentication end to end with the real auth service (ADR 0017): the users service (the
 * people and their passwords), the auth service (the issuer) and ingest (ground stations'
 * API keys) as their own JVMs, security on, each trusting only the auth service's keys.
 * An administrator logs in through the login page; tokens of the auth service are taken,
 * an expired or foreign-signed one refused; every operation of the users service's
 * document is enforced with the auth service's tokens; an API key is issued, scoped,
 * revoked (refused within 5 s) and rate-limited (429 with Retry-After, then served
 * again).
 */
class AuthenticationIT {

	private static final String ADMIN = "flight.director@orbit.space";

	private static final String ADMIN_PASSWORD = "Vostok-1 launched 1961";

	/** Short-lived tokens, so that one expires within the test. */
	private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(8);

	private static final String REDIRECT = "http://127.0.0.1:8090/login/oauth2/code/orbit";

	private static final AtomicInteger sequence = new AtomicInteger();

	private static final String AUTHENTICATOR_SECRET = "e2e-secret-authenticator-" + System.nanoTime();

	static final TestRabbit rabbit = TestRabbit.withUniquePrefix("auth-e2e");

	static final AuthStack stack = new AuthStack("auth-e2e");

	static ServiceProcess auth;

	static ServiceProcess users;

	static ServiceProcess ingest;

	static String authUrl;

	@BeforeAll
	static void start() throws IOException {
		for (String client : List.of("cli-viewer", "cli-operator", "cli-admin", "ingest", "console")) {
			stack.client(client);
		}
		authUrl = stack.url();
		// A client of this test's alone: the machine role only the auth service signs
		// for itself, so the access matrix can call the users service's password check
		// with its own role.
		stack.authProperty("orbit.auth.access-token-time-to-live", TOKEN_LIFETIME.toSeconds() + "s")
			.authProperty("orbit.auth.clients.orbit-e2e-authenticator.secret", AUTHENTICATOR_SECRET)
			.authProperty("orbit.auth.clients.orbit-e2e-authenticator.grant-types", "client_credentials")
			.authProperty("orbit.auth.clients.orbit-e2e-authenticator.roles", "authenticator")
			.usersProperty("orbit.security.clock-skew", "1s");
		stack.start(ADMIN, ADMIN_PASSWORD);
		auth = stack.auth();
		users = stack.users();

		Map<String, String> ingestEnvironment = stack.trust();
		ingestEnvironment.put("ORBIT_RABBITMQ_URL", TestRabbit.URL);
		ingestEnvironment.put("ORBIT_INGEST_CLIENT_SECRET", stack.client("ingest"));
		rabbit.deleteOnClose(
				List.of(rabbit.prefix() + "processor.telemetry", rabbit.prefix() + "processor.telemetry.dlq"),
				List.of(rabbit.prefix() + "orbit.telemetry", rabbit.prefix() + "orbit.telemetry.dlx"));
		ingest = ServiceProcess.start("ingest", Spine.jar("ingest"), ServiceProcess.freePort(), ingestEnvironment,
				Map.of("orbit.ingest.routes.prefix", rabbit.prefix(), "orbit.security.rate-limit.requests-per-second",
						"2", "orbit.security.rate-limit.burst", "4"),
				Spine.logs());

		stack.awaitReady();
		ingest.awaitReady();
	}

	@AfterAll
	static void stop() throws IOException {
		if (ingest != null) {
			ingest.close();
		}
		rabbit.close();
		stack.close();
	}

	@Test
	void theFirstAdministratorLogsInThroughTheLoginPageAndTheServicesTakeTheToken() {
		JsonNode tokens = new OidcLogin(authUrl, "orbit-console", stack.client("console"), REDIRECT).logIn(ADMIN,
				ADMIN_PASSWORD);
		String access = tokens.get("access_token").asString();
		JsonNode claims = OidcLogin.claims(access);
		assertThat(claims.get("sub").asString()).isEqualTo(ADMIN);
		assertThat(claims.get("iss").asString()).isEqualTo(authUrl);
		assertThat(claims.get("roles").get(0).asString()).isEqualTo("admin");

		Http asAdmin = new Http(users.port()).withToken(access);
		String email = "valentina." + System.nanoTime() + "@orbit.space";
		Http.Response created = asAdmin.post("/api/users",
				"{\"email\":\"" + email + "\",\"name\":\"Valentina\",\"role\":\"CREW\",\"access\":\"viewer\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(asAdmin.get("/api/users/" + created.json().get("id").asString()).status()).isEqualTo(200);
		assertThat(new Http(users.port()).get("/api/users").status()).as("without a token").isEqualTo(401);
	}

	@Test
	void anExpiredTokenAndATokenSignedByAnotherKeyAreRefused() {
		String token = clientToken("viewer");
		Http users = new Http(AuthenticationIT.users.port());
		assertThat(users.withToken(token).get("/api/users").status()).isEqualTo(200);
		Instant expiry = Instant.ofEpochSecond(OidcLogin.claims(token).get("exp").asLong());
		await().atMost(TOKEN_LIFETIME.plusSeconds(10))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Instant.now().isAfter(expiry.plusSeconds(1)));

		Http.Response expired = users.withToken(token).get("/api/users");
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.json().get("detail").asString()).contains("expired");
		// A token with the auth service's issuer and key id, signed by a key it never
		// had.
		Http.Response foreign = users.withToken(TestIssuer.shared().tokenOfIssuer(authUrl, ADMIN, "admin"))
			.get("/api/users");
		assertThat(foreign.status()).isEqualTo(401);
		assertThat(foreign.json().get("type").asString()).isEqualTo("urn:orbit:problem:unauthorized");
	}

	@Test
	void everyOperationOfTheUsersServiceIsEnforcedWithTheAuthServicesTokens() {
		JsonNode document = ApiDocument.committed("users");
		List<String> calls = AccessMatrix.assertEnforcedAsDocumented(users.port(), document,
				(role) -> (role == null) ? clientToken("ingest-without-person-role") : clientToken(role));
		assertThat(calls).contains("POST /api/users as operator -> 403");
	}

	@Test
	void anApiKeyServesItsSpacecraftOnlyAndIsRefusedWithin5SecondsOfItsRevocation() {
		Http admin = new Http(auth.port()).withToken(clientToken("admin"));
		Http.Response issued = admin.post("/api/v1/api-keys",
				"{\"name\":\"Kiruna " + System.nanoTime() + "\",\"spacecraft\":[\"ORB-1\"]}");
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		String key = issued.json().get("key").asString();
		Http station = new Http(ingest.port()).withHeader("X-API-Key", key);
		long queued = rabbit.messageCount(rabbit.prefix() + "processor.telemetry");

		await().atMost(Duration.ofSeconds(5))
			.until(() -> station.post("/api/v1/telemetry", frame("ORB-1")).status() == 202);
		Http.Response other = station.post("/api/v1/telemetry", frame("ORB-2"));
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.json().get("reason").asString()).isEqualTo("spacecraft_out_of_scope");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> rabbit.messageCount(rabbit.prefix() + "processor.telemetry") >= queued + 1);

		assertThat(admin.delete("/api/v1/api-keys/" + issued.json().get("id").asString()).status()).isEqualTo(204);
		Instant revoked = Instant.now();
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> station.post("/api/v1/telemetry", frame("ORB-1")).status() == 401);
		assertThat(Duration.between(revoked, Instant.now())).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void aKeyOverItsRateIsAnswered429WithRetryAfterAndServedAgainAfterIt() {
		Http admin = new Http(auth.port()).withToken(clientToken("admin"));
		String key = admin
			.post("/api/v1/api-keys", "{\"name\":\"Svalbard " + System.nanoTime() + "\",\"spacecraft\":[\"ORB-3\"]}")
			.json()
			.get("key")
			.asString();
		Http station = new Http(ingest.port()).withHeader("X-API-Key", key);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> station.post("/api/v1/telemetry", frame("ORB-3")).status() != 401);

		Http.Response throttled = null;
		for (int i = 0; i < 20 && throttled == null; i++) {
			Http.Response response = station.post("/api/v1/telemetry", frame("ORB-3"));
			if (response.status() == 429) {
				throttled = response;
			}
		}
		assertThat(throttled).as("a 429 within 20 requests at 2 a second, bursts of 4").isNotNull();
		assertThat(throttled.json().get("type").asString()).isEqualTo("urn:orbit:problem:too-many-requests");
		long retryAfter = throttled.json().get("retryAfterSeconds").asLong();
		assertThat(retryAfter).isPositive();
		await().pollDelay(Duration.ofSeconds(retryAfter))
			.atMost(Duration.ofSeconds(retryAfter + 5))
			.until(() -> station.post("/api/v1/telemetry", frame("ORB-3")).status() == 202);
	}

	/**
	 * A client-credentials token of {@code orbit-cli-<role>}; of ingest's client (role
	 * key-reader, no person's role) for a role starting with "ingest"; of this test's
	 * client for authenticator.
	 */
	private static String clientToken(String role) {
		String client = role.startsWith("ingest") ? "orbit-ingest"
				: "authenticator".equals(role) ? "orbit-e2e-authenticator" : "orbit-cli-" + role;
		String secret = role.startsWith("ingest") ? stack.client("ingest")
				: "authenticator".equals(role) ? AUTHENTICATOR_SECRET : stack.client("cli-" + role);
		String basic = java.util.Base64.getEncoder()
			.encodeToString((client + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		Http.Response answer = new Http(auth.port()).withHeader("Authorization", "Basic " + basic)
			.postAs("/oauth2/token", "application/x-www-form-urlencoded", "grant_type=client_credentials");
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("access_token").asString();
	}

	private static String frame(String spacecraft) {
		return "{\"spacecraftId\":\"" + spacecraft + "\",\"timestamp\":\"" + Instant.now() + "\",\"sequence\":"
				+ sequence.incrementAndGet() + ",\"samples\":{\"EPS.BATTERY.VOLTAGE\":28.1}}";
	}

}
