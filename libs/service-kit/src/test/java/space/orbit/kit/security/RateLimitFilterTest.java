package space.orbit.kit.security;

import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import space.orbit.kit.web.ProblemResponses;
import space.orbit.kit.web.Rejections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limit in the filter chain: who is counted as whom, and what a throttled caller
 * is answered.
 */
class RateLimitFilterTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final RateLimitFilter filter = new RateLimitFilter(new RateLimits(new RateLimitProperties(1, 2)),
			new ProblemResponses(new Rejections(this.meters)), this.meters);

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aClientOverItsLimitIsAnswered429WithRetryAfterAndCounted() throws Exception {
		// A client-credentials token names the client as its subject.
		authenticate(jwt("orbit-station-7", "orbit-station-7"));

		assertThat(send().getStatus()).isEqualTo(200);
		assertThat(send().getStatus()).isEqualTo(200);
		MockHttpServletResponse throttled = send();

		assertThat(throttled.getStatus()).isEqualTo(429);
		assertThat(throttled.getHeader("Retry-After")).isEqualTo("1");
		assertThat(throttled.getContentType()).startsWith("application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(throttled.getContentAsString());
		assertThat(problem.path("type").asString()).isEqualTo("urn:orbit:problem:too-many-requests");
		assertThat(problem.path("retryAfterSeconds").asLong()).isEqualTo(1);
		assertThat(problem.path("detail").asString()).contains("client 'orbit-station-7'", "orbit.security.rate-limit");
		assertThat(this.meters.get(RateLimitFilter.METER).tag("kind", "client").counter().count()).isEqualTo(1);
	}

	@Test
	void aPersonIsLimitedByTheSubjectAndAnAuthenticationMayNameItsOwnBucket() throws Exception {
		authenticate(jwt("ada@orbit.space", null));
		send();
		send();
		assertThat(send().getStatus()).isEqualTo(429);
		assertThat(this.meters.get(RateLimitFilter.METER).tag("kind", "user").counter().count()).isEqualTo(1);

		authenticate(new KeyAuthentication());
		send();
		send();
		assertThat(send().getStatus()).isEqualTo(429);
		assertThat(this.meters.get(RateLimitFilter.METER).tag("kind", "api-key").counter().count()).isEqualTo(1);
	}

	@Test
	void anAnonymousRequestIsNotLimited() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(send().getStatus()).isEqualTo(200);
		}
		assertThat(this.meters.find(RateLimitFilter.METER).counter()).isNull();
	}

	private MockHttpServletResponse send() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/telemetry"), response, new MockFilterChain());
		return response;
	}

	private static void authenticate(org.springframework.security.core.Authentication authentication) {
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

	private static JwtAuthenticationToken jwt(String subject, String clientId) {
		Jwt.Builder jwt = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject(subject)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60));
		if (clientId != null) {
			jwt.claim("client_id", clientId);
		}
		return new JwtAuthenticationToken(jwt.build(), List.of());
	}

	/** An API key as a service would authenticate it. */
	static class KeyAuthentication extends TestingAuthenticationToken implements RateLimitKey.Source {

		KeyAuthentication() {
			super("key-1", null, AuthorityUtils.createAuthorityList("ROLE_ground-station"));
		}

		@Override
		public RateLimitKey rateLimitKey() {
			return new RateLimitKey(RateLimitKey.API_KEY, getName());
		}

	}

}
