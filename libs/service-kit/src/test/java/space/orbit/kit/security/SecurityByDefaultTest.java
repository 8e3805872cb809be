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
 * A service that says nothing of {@code orbit.security.enabled} is closed: security is on
 * unless someone turns it off (ADR 0017).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = ResourceServerTest.Service.class)
class SecurityByDefaultTest {

	private static final TestIssuer ISSUER = TestIssuer.shared();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void issuerOnly(DynamicPropertyRegistry registry) {
		// Where the keys are, but not whether to check them.
		ISSUER.properties()
			.entrySet()
			.stream()
			.filter((property) -> !property.getKey().equals("orbit.security.enabled"))
			.forEach((property) -> registry.add(property.getKey(), property::getValue));
	}

	@Test
	void withoutTheSettingEveryOperationNeedsAToken() {
		Http http = new Http(this.port);
		assertThat(http.get("/api/things").status()).isEqualTo(401);
		assertThat(http.post("/api/things", "{}").status()).isEqualTo(401);
		assertThat(http.as("viewer").get("/api/things").status()).isEqualTo(200);
		assertThat(http.get("/health").status()).isEqualTo(200);
	}

}
