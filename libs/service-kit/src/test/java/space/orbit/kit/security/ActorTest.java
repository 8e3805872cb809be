package space.orbit.kit.security;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/** Who acts: a token's subject always; a client's claim only without authentication. */
class ActorTest {

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void withoutAuthenticationTheClaimIsRecordedElseUnauthenticated() {
		assertThat(Actor.current("  flight-director ")).isEqualTo("flight-director");
		assertThat(Actor.current("x".repeat(150))).hasSize(100);
		assertThat(Actor.current(" ")).isEqualTo(Actor.UNAUTHENTICATED);
		assertThat(Actor.current(null)).isEqualTo(Actor.UNAUTHENTICATED);
	}

	@Test
	void aTokensSubjectWinsOverAnyClaim() {
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("ada@orbit.space").build();
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_operator"))));
		assertThat(Actor.current("someone-else")).isEqualTo("ada@orbit.space");
		assertThat(Actor.current()).isEqualTo("ada@orbit.space");
	}

}
