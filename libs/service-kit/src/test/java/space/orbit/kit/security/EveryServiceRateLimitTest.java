package space.orbit.kit.security;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import space.orbit.test.Http;
import space.orbit.test.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's filter chain limits every caller of every service (ADR 0017): a person by
 * their subject, whatever client they came through; a machine client by its id. One busy
 * caller is answered 429 with Retry-After; the others are not slowed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = ResourceServerTest.Service.class,
		properties = { "orbit.security.rate-limit.requests-per-second=1", "orbit.security.rate-limit.burst=2" })
class EveryServiceRateLimitTest {

	private static final TestIssuer ISSUER = TestIssuer.shared();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void security(DynamicPropertyRegistry registry) {
		ISSUER.properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@Test
	void aBusyPersonIsThrottledAndOthersAreNot() {
		Http ada = new Http(this.port).withToken(personToken("ada@orbit.space"));
		Http.Response last = null;
		for (int i = 0; i < 4; i++) {
			last = ada.get("/api/things");
		}
		assertThat(last.status()).isEqualTo(429);
		assertThat(last.json().path("type").asString()).isEqualTo("urn:orbit:problem:too-many-requests");
		assertThat(last.json().path("retryAfterSeconds").asLong()).isPositive();
		// Another person through the same client, and a machine client, draw on buckets
		// of
		// their own.
		assertThat(new Http(this.port).withToken(personToken("grace@orbit.space")).get("/api/things").status())
			.isEqualTo(200);
		assertThat(
				new Http(this.port).withToken(ISSUER.clientToken("orbit-worker", "viewer")).get("/api/things").status())
			.isEqualTo(200);
		// The probes are never limited.
		for (int i = 0; i < 4; i++) {
			assertThat(new Http(this.port).get("/health/liveness").status()).isEqualTo(200);
		}
	}

	private static String personToken(String subject) {
		return ISSUER.token(subject, java.time.Duration.ofHours(1), "viewer");
	}

}
