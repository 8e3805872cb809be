package space.orbit.auth.issuer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import space.orbit.auth.AuthProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Clients from configuration: registered with a secret, left out without one. */
class ConfiguredClientsTest {

	private static final PasswordEncoder SECRETS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void aClientWithASecretIsRegisteredAsConfiguredAndOneWithoutIsLeftOut() {
		ConfiguredClients clients = new ConfiguredClients(Map.of("orbit-dashboard",
				new AuthProperties.Client("s3cret", List.of("authorization_code", "refresh_token"),
						List.of("http://127.0.0.1:8080/login/oauth2/code/orbit"), List.of("openid", "profile"),
						List.of(), true),
				"orbit-worker", new AuthProperties.Client("", List.of("client_credentials"), List.of(), List.of(),
						List.of("viewer"), false)),
				Duration.ofMinutes(15), SECRETS);

		RegisteredClient dashboard = clients.findByClientId("orbit-dashboard");
		assertThat(dashboard.getAuthorizationGrantTypes())
			.containsExactlyInAnyOrder(AuthorizationGrantType.AUTHORIZATION_CODE, AuthorizationGrantType.REFRESH_TOKEN);
		assertThat(dashboard.getClientSettings().isRequireProofKey()).isTrue();
		assertThat(dashboard.getScopes()).containsExactlyInAnyOrder("openid", "profile");
		assertThat(dashboard.getTokenSettings().getAccessTokenTimeToLive()).isEqualTo(Duration.ofMinutes(15));
		assertThat(dashboard.getClientSecret()).isNotEqualTo("s3cret");
		assertThat(SECRETS.matches("s3cret", dashboard.getClientSecret())).isTrue();
		assertThat(clients.findById("orbit-dashboard")).isSameAs(dashboard);
		assertThat(clients.findByClientId("orbit-worker")).isNull();
	}

	@Test
	void anUnknownGrantTypeOrACodeClientWithoutRedirectStopsTheService() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new ConfiguredClients(Map.of("x",
					new AuthProperties.Client("s", List.of("password"), List.of(), List.of(), List.of(), false)),
					Duration.ofMinutes(15), SECRETS))
			.withMessageContaining("orbit.auth.clients.x.grant-types");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ConfiguredClients(Map.of("y",
					new AuthProperties.Client("s", List.of("authorization_code"), List.of(), List.of(), List.of(),
							true)),
					Duration.ofMinutes(15), SECRETS))
			.withMessageContaining("orbit.auth.clients.y.redirect-uris");
	}

	/** The warning names the variable application.yml really reads the secret from. */
	@Test
	void eachClientsSecretComesFromTheVariableTheWarningNames() throws IOException {
		String yml = Files.readString(Path.of("src/main/resources/application.yml"));
		Matcher secrets = Pattern.compile("\\n      (orbit-[a-z-]+):\\n        secret: \\$\\{([A-Z_]+):}").matcher(yml);
		int clients = 0;
		while (secrets.find()) {
			assertThat(ConfiguredClients.secretVariable(secrets.group(1))).as(secrets.group(1))
				.isEqualTo(secrets.group(2));
			clients++;
		}
		assertThat(clients)
			.as("the clients of application.yml (the CLI's three, ingest, worker, dashboard, its planner, console, simulator)")
			.isEqualTo(9);
	}

}
