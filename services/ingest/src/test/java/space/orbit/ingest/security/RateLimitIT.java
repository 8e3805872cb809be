package space.orbit.ingest.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.ingest.AuthServiceStandIn;
import space.orbit.messaging.TelemetryRoutes;
import space.orbit.test.TestIssuer;
import space.orbit.test.TestRabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rate limit per API key and per client, set low (1 request per second, bursts of 3):
 * a burst beyond it is answered 429 with Retry-After, and after waiting that long the
 * caller is served again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitIT {

	private static final TestRabbit rabbit = TestRabbit.withUniquePrefix("ingest-rate-limit");

	private static final TelemetryRoutes routes = TelemetryRoutes.DEFAULT.prefixed(rabbit.prefix());

	private static final AuthServiceStandIn auth = AuthServiceStandIn.start();

	private static final int BURST = 3;

	private static final AtomicLong sequence = new AtomicLong();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.rabbitmq.addresses", () -> TestRabbit.URL);
		registry.add("orbit.ingest.routes.prefix", rabbit::prefix);
		auth.properties().forEach((name, value) -> registry.add(name, () -> value));
		registry.add("orbit.security.rate-limit.requests-per-second", () -> "1");
		registry.add("orbit.security.rate-limit.burst", () -> Integer.toString(BURST));
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
	void anApiKeyOverItsLimitIs429WithRetryAfterAndIsServedAgainAfterIt() throws Exception {
		String key = auth.issue("ORB-1");
		Caller station = new Caller(this.port, ApiKeyAuthenticationFilter.HEADER, key);
		await("the key read from the auth service").atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> station.post().statusCode() != 401);

		assertThrottledThenServedAgain(station, "api-key", auth.id(key));
	}

	@Test
	void aClientOverItsLimitIs429AndTheOtherCallersAreNotHeldBack() throws Exception {
		Caller client = Caller.bearer(this.port,
				TestIssuer.shared().clientToken("orbit-station-svalbard", "ground-station"));
		Caller other = Caller.bearer(this.port,
				TestIssuer.shared().clientToken("orbit-station-troll", "ground-station"));

		assertThrottledThenServedAgain(client, "client", "orbit-station-svalbard");
		assertThat(other.post().statusCode()).isEqualTo(202);
	}

	private void assertThrottledThenServedAgain(Caller caller, String kind, String name) throws Exception {
		double throttledBefore = throttled(kind);
		long queued = rabbit.messageCount(routes.queue());
		HttpResponse<String> throttled = null;
		int served = 0;
		for (int i = 0; i < BURST + 3 && throttled == null; i++) {
			HttpResponse<String> response = caller.post();
			if (response.statusCode() == 429) {
				throttled = response;
			}
			else {
				assertThat(response.statusCode()).isEqualTo(202);
				served++;
			}
		}

		assertThat(throttled).as("a burst beyond %d requests refused", BURST).isNotNull();
		assertThat(served).isBetween(1, BURST + 1);
		assertThat(throttled.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(throttled.body());
		assertThat(problem.path("type").asString()).isEqualTo("urn:orbit:problem:too-many-requests");
		assertThat(problem.path("detail").asString()).contains(kind + " '" + name + "'");
		long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 2L);
		assertThat(problem.path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
		assertThat(throttled(kind) - throttledBefore).isEqualTo(1);
		assertThat(rabbit.messageCount(routes.queue())).as("only the served requests queued")
			.isEqualTo(queued + served);

		Thread.sleep(Duration.ofSeconds(retryAfter));
		assertThat(caller.post().statusCode()).as("served again after Retry-After").isEqualTo(202);
	}

	private double throttled(String kind) {
		Counter counter = this.meters.find("orbit.requests.throttled").tag("kind", kind).counter();
		return (counter != null) ? counter.count() : 0;
	}

	/**
	 * A caller: the header that authenticates it.
	 *
	 * @param port ingest's port
	 * @param header the header's name
	 * @param value its value
	 */
	private record Caller(int port, String header, String value) {

		static Caller bearer(int port, String token) {
			return new Caller(port, "Authorization", "Bearer " + token);
		}

		HttpResponse<String> post() throws Exception {
			return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/telemetry"))
				.header(this.header, this.value)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(frame()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	private static String frame() {
		return "{\"spacecraftId\":\"ORB-1\",\"timestamp\":\"" + Instant.now() + "\",\"sequence\":"
				+ sequence.incrementAndGet() + ",\"samples\":{\"EPS.BATTERY.VOLTAGE\":28.1}}";
	}

}
