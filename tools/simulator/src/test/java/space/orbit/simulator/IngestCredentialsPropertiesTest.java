package space.orbit.simulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import space.orbit.simulator.send.ClientCredentialsToken;

import static org.assertj.core.api.Assertions.assertThat;

/** Which credentials the settings choose: the API key first, then a token, else none. */
class IngestCredentialsPropertiesTest {

	private static final URI TOKEN_URI = URI.create("http://127.0.0.1:9000/oauth2/token");

	@Test
	void prefersTheApiKey() {
		assertThat(properties("orbk_a_b", "secret").credentials(Clock.systemUTC()))
			.hasToString("an API key in X-API-Key");
	}

	@Test
	void takesATokenWhenASecretIsSet() {
		assertThat(properties(" ", "secret").credentials(Clock.systemUTC())).isInstanceOf(ClientCredentialsToken.class)
			.hasToString("a bearer token of client orbit-simulator from " + TOKEN_URI);
	}

	@Test
	void sendsNothingWhenNeitherIsSet() {
		assertThat(properties("", "").credentials(Clock.systemUTC())).hasToString("no credentials");
		assertThat(properties(null, null).credentials(Clock.systemUTC())).hasToString("no credentials");
	}

	private static IngestCredentialsProperties properties(String apiKey, String secret) {
		return new IngestCredentialsProperties(apiKey, "orbit-simulator", secret, TOKEN_URI, Duration.ofSeconds(5));
	}

}
