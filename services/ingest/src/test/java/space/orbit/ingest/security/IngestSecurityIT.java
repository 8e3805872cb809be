package space.orbit.ingest.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.rabbitmq.client.GetResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.ingest.AuthServiceStandIn;
import space.orbit.kit.security.RateLimitFilter;
import space.orbit.messaging.TelemetryRoutes;
import space.orbit.telemetry.Frame;
import space.orbit.telemetry.FrameLimits;
import space.orbit.telemetry.TelemetryCodec;
import space.orbit.test.AccessMatrix;
import space.orbit.test.Http;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestRabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may send telemetry (ADR 0017), on the real RabbitMQ with real tokens of the test
 * issuer and the active API keys read from the auth service's contract
 * ({@link AuthServiceStandIn}): a ground station's API key or a token of role
 * ground-station, within the key's spacecraft; a revoked key refused within 5 s; and the
 * access the committed API document declares.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class IngestSecurityIT {

	private static final TestRabbit rabbit = TestRabbit.withUniquePrefix("ingest-security");

	private static final TelemetryRoutes routes = TelemetryRoutes.DEFAULT.prefixed(rabbit.prefix());

	private static final AuthServiceStandIn auth = AuthServiceStandIn.start();

	private static final AtomicLong sequence = new AtomicLong();

	private static final String WARNING = "Cannot read the active API keys from " + auth.url();

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private FilterChainProxy filterChains;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.rabbitmq.addresses", () -> TestRabbit.URL);
		registry.add("orbit.ingest.routes.prefix", rabbit::prefix);
		auth.properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@AfterAll
	static void cleanUp() {
		auth.close();
		rabbit
			.deleteOnClose(List.of(routes.queue(), routes.deadLetterQueue()),
					List.of(routes.exchange(), routes.deadLetterExchange()))
			.close();
	}

	@Test
	void aValidApiKeySendsAFrameThatReachesTheQueue() {
		String key = auth.issue("ORB-1", "ORB-2");
		awaitAccepted(key);
		drain();

		Http.Response response = withKey(key).post("/api/v1/telemetry", frame("ORB-2"));

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.json().path("frames").asInt()).isEqualTo(1);
		GetResponse message = rabbit.get(routes.queue());
		assertThat(message).isNotNull();
		List<Frame> queued = new TelemetryCodec(FrameLimits.DEFAULT).read(message.getBody()).frames();
		assertThat(queued).extracting(Frame::spacecraftId).containsExactly("ORB-2");
		assertThat(new Http(this.port).withHeader("Authorization", "ApiKey " + key)
			.post("/api/v1/telemetry", frame("ORB-1"))
			.status()).as("the key as 'Authorization: ApiKey'").isEqualTo(202);
		assertThat(this.meters.get("orbit.ingest.api.keys.active").gauge().value()).isGreaterThanOrEqualTo(1);
		assertThat(this.meters.get("orbit.ingest.api.keys.age").gauge().value()).isLessThan(5);
	}

	@Test
	void anUnknownOrMalformedKeyOrNoCredentialIs401AndQueuesNothing() {
		long queued = rabbit.messageCount(routes.queue());
		String unknown = "orbk_" + "0123456789abcdef0123456789abcdef" + "_not-issued-by-anyone";

		assertUnauthorized(withKey(unknown).post("/api/v1/telemetry", frame("ORB-1")), "unknown or revoked");
		assertUnauthorized(withKey("hunter2").post("/api/v1/telemetry", frame("ORB-1")), "not an Orbit API key");
		assertUnauthorized(new Http(this.port).withHeader("Authorization", "ApiKey " + unknown)
			.post("/api/v1/telemetry", frame("ORB-1")), "unknown or revoked");
		assertUnauthorized(new Http(this.port).post("/api/v1/telemetry", frame("ORB-1")), "bearer token");
		assertUnauthorized(withKey(auth.issue("ORB-1"))
			.withToken(TestIssuer.shared().clientToken("orbit-station-x", "ground-station"))
			.post("/api/v1/telemetry", frame("ORB-1")), "not both");
		assertThat(rabbit.messageCount(routes.queue())).isEqualTo(queued);
	}

	@Test
	void aRevokedKeyIsRefusedWithinFiveSeconds() {
		String key = auth.issue("ORB-1");
		awaitAccepted(key);

		auth.revoke(key);
		long revoked = System.nanoTime();
		await("the revoked key refused").atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> withKey(key).post("/api/v1/telemetry", frame("ORB-1")).status() == 401);
		Duration refusedAfter = Duration.ofNanos(System.nanoTime() - revoked);

		assertThat(refusedAfter).isLessThanOrEqualTo(Duration.ofSeconds(5));
		assertUnauthorized(withKey(key).post("/api/v1/telemetry", frame("ORB-1")), "unknown or revoked");
	}

	@Test
	void aBatchWithAFrameForAnotherSpacecraftIs403WholeAndCounted() {
		String key = auth.issue("ORB-1");
		awaitAccepted(key);
		long queued = rabbit.messageCount(routes.queue());
		double requests = counter("orbit.requests.rejected", "type", "forbidden", "reason", "spacecraft_out_of_scope");
		double outside = counter("orbit.samples.rejected", "reason", "spacecraft_out_of_scope");
		double others = counter("orbit.samples.rejected", "reason", "batch_rejected");

		Http.Response response = withKey(key).post("/api/v1/telemetry",
				"{\"frames\":[" + frame("ORB-1") + "," + frame("ORB-9") + "]}");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.path("type").asString()).isEqualTo("urn:orbit:problem:forbidden");
		assertThat(problem.path("reason").asString()).isEqualTo("spacecraft_out_of_scope");
		assertThat(problem.path("spacecraft")).hasSize(1);
		assertThat(problem.path("spacecraft").get(0).asString()).isEqualTo("ORB-9");
		assertThat(problem.path("detail").asString()).contains(auth.id(key), "ORB-9", "nothing");
		assertThat(rabbit.messageCount(routes.queue())).as("nothing of the batch queued").isEqualTo(queued);
		assertThat(
				counter("orbit.requests.rejected", "type", "forbidden", "reason", "spacecraft_out_of_scope") - requests)
			.isEqualTo(1);
		assertThat(counter("orbit.samples.rejected", "reason", "spacecraft_out_of_scope") - outside).isEqualTo(2);
		assertThat(counter("orbit.samples.rejected", "reason", "batch_rejected") - others).isEqualTo(2);
	}

	@Test
	void aGroundStationsTokenSendsForAnySpacecraft() {
		long queued = rabbit.messageCount(routes.queue());
		Http station = new Http(this.port)
			.withToken(TestIssuer.shared().clientToken("orbit-station-kiruna", "ground-station"));

		assertThat(station.post("/api/v1/telemetry", frame("ORB-77")).status()).isEqualTo(202);
		assertThat(rabbit.messageCount(routes.queue())).isEqualTo(queued + 1);
	}

	@Test
	void aPersonsTokenMayNotSendWhateverItsRole() {
		for (String role : List.of("viewer", "operator", "admin")) {
			Http.Response response = new Http(this.port).as(role).post("/api/v1/telemetry", frame("ORB-1"));

			assertThat(response.status()).as(role).isEqualTo(403);
			assertThat(response.json().path("type").asString()).isEqualTo("urn:orbit:problem:forbidden");
			assertThat(response.json().path("requiredRole").asString()).isEqualTo("ground-station");
		}
	}

	@Test
	void keepsTheLastTableWhileTheAuthServiceIsUnreachableAndWarnsOnce(CapturedOutput output) {
		String key = auth.issue("ORB-1");
		awaitAccepted(key);
		int before = count(output.getOut(), WARNING);
		auth.down(true);
		try {
			await("the outage noticed").atMost(Duration.ofSeconds(10))
				.until(() -> count(output.getOut(), WARNING) > before);
			await("the table three refreshes old").atMost(Duration.ofSeconds(10))
				.until(() -> this.meters.get("orbit.ingest.api.keys.age").gauge().value() > 3);

			assertThat(withKey(key).post("/api/v1/telemetry", frame("ORB-1")).status()).isEqualTo(202);
			assertThat(new Http(this.port).get("/health/readiness").status()).isEqualTo(200);
			assertThat(count(output.getOut(), WARNING) - before).as("one WARN per outage").isEqualTo(1);
			assertThat(output.getOut()).contains(WARNING + "/api/v1/api-keys/active (orbit.ingest.api-keys.url)",
					"orbit.ingest.api-keys.refresh");
		}
		finally {
			auth.down(false);
		}
		await("the table read again").atMost(Duration.ofSeconds(10))
			.until(() -> this.meters.get("orbit.ingest.api.keys.age").gauge().value() < 2);
		assertThat(output.getOut()).contains("Read the active API keys from " + auth.url());
	}

	@Test
	void theKitsFilterChainIsTheOnlyOneWithTheApiKeyBeforeTheBearerTokenAndNoLogin() {
		assertThat(this.filterChains.getFilterChains()).hasSize(1);
		List<Class<?>> filters = this.filterChains.getFilterChains()
			.get(0)
			.getFilters()
			.stream()
			.<Class<?>>map((filter) -> filter.getClass())
			.toList();
		assertThat(filters).containsSubsequence(ApiKeyAuthenticationFilter.class, BearerTokenAuthenticationFilter.class,
				RateLimitFilter.class);
		assertThat(filters).extracting(Class::getSimpleName)
			.noneMatch((name) -> name.contains("Login") || name.contains("OAuth2AuthorizationRequestRedirect"));
		assertThat(new Http(this.port).get("/oauth2/authorization/orbit-ingest").status()).isEqualTo(401);
		assertThat(new Http(this.port).get("/login").status()).isEqualTo(401);
	}

	@Test
	void everyOperationIsGuardedAsItsDocumentSays() {
		assertThat(AccessMatrix.assertEnforcedAsDocumented(this.port, "ingest"))
			.contains("POST /api/v1/telemetry as ground-station -> 202", "POST /api/v1/telemetry as admin -> 403");
	}

	private void awaitAccepted(String key) {
		await("the key read from the auth service").atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> withKey(key).post("/api/v1/telemetry", frame("ORB-1")).status() == 202);
	}

	private static void assertUnauthorized(Http.Response response, String detail) {
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("type").asString()).isEqualTo("urn:orbit:problem:unauthorized");
		assertThat(response.json().path("detail").asString()).contains(detail);
	}

	private Http withKey(String key) {
		return new Http(this.port).withHeader(ApiKeyAuthenticationFilter.HEADER, key);
	}

	private double counter(String name, String... tags) {
		Counter counter = this.meters.find(name).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static void drain() {
		while (rabbit.get(routes.queue()) != null) {
			// messages of earlier tests
		}
	}

	private static String frame(String spacecraft) {
		return "{\"spacecraftId\":\"" + spacecraft + "\",\"timestamp\":\"" + Instant.now() + "\",\"sequence\":"
				+ sequence.incrementAndGet() + ",\"samples\":{\"EPS.BATTERY.VOLTAGE\":28.1,\"AOCS.MODE\":\"NOMINAL\"}}";
	}

}
