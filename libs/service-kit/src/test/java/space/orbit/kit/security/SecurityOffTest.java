package space.orbit.kit.security;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import space.orbit.test.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code orbit.security.enabled} set to false (a service someone deliberately
 * opened; the default is on) every request passes and the annotations are not enforced;
 * the actor is recorded as unauthenticated, never as a made-up person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = ResourceServerTest.Service.class,
		properties = "orbit.security.enabled=false")
class SecurityOffTest {

	@LocalServerPort
	private int port;

	@Test
	void aUrlTheFirewallRefusesIs400MalformedRequestAsAProblemHereToo() {
		Http.Response refused = new Http(this.port).get("/api/things/..");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("type").asString()).isEqualTo("urn:orbit:problem:malformed-request");
	}

	@Test
	void everyRequestPassesWithoutAToken() {
		Http http = new Http(this.port);
		assertThat(http.get("/api/things").body()).isEqualTo("read by " + Actor.UNAUTHENTICATED);
		assertThat(http.post("/api/things", "{}").status()).isEqualTo(200);
		assertThat(http.delete("/api/things").status()).isEqualTo(200);
		assertThat(http.post("/api/checks", "{}").status()).isEqualTo(200);
	}

}
