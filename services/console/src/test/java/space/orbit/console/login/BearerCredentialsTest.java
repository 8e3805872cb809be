package space.orbit.console.login;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

import space.orbit.console.api.ServiceClient;
import space.orbit.console.api.ServiceUnavailableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With a login, a service is called with the person's token and without X-Orbit-User. */
class BearerCredentialsTest {

	private HttpServer server;

	private final AtomicReference<String> authorization = new AtomicReference<>();

	private final AtomicReference<String> operator = new AtomicReference<>();

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/ok", (exchange) -> {
			this.authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
			this.operator.set(exchange.getRequestHeaders().getFirst(ServiceClient.OPERATOR_HEADER));
			byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("valentina@orbit.space", null, "ROLE_viewer"));
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
		SecurityContextHolder.clearContext();
	}

	private ServiceClient client(OAuth2AuthorizedClientManager manager) {
		return new ServiceClient("analyzer", URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()),
				Duration.ofSeconds(2), new BearerCredentials(manager));
	}

	@Test
	void theLoggedInPersonsAccessTokenIsSentAndNoOperatorHeader() {
		AtomicReference<String> principal = new AtomicReference<>();
		client((request) -> {
			principal.set(request.getPrincipal().getName());
			return authorized("token-of-valentina");
		}).get("/ok");
		assertThat(principal.get()).isEqualTo("valentina@orbit.space");
		assertThat(this.authorization.get()).isEqualTo("Bearer token-of-valentina");
		assertThat(this.operator.get()).isNull();
	}

	@Test
	void aLoginWhoseTokenCannotBeRenewedIsSaidAndNothingIsSent() {
		assertThatThrownBy(() -> client((request) -> null).get("/ok")).isInstanceOf(ServiceUnavailableException.class)
			.hasMessageContaining("the login has expired");
		assertThat(this.authorization.get()).isNull();
	}

	private static OAuth2AuthorizedClient authorized(String token) {
		ClientRegistration registration = ClientRegistration.withRegistrationId(LoginConfiguration.REGISTRATION)
			.clientId("orbit-console")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri("http://127.0.0.1:9000/oauth2/authorize")
			.tokenUri("http://127.0.0.1:9000/oauth2/token")
			.build();
		return new OAuth2AuthorizedClient(registration, "valentina@orbit.space",
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, Instant.now(),
						Instant.now().plusSeconds(900), java.util.Set.of()));
	}

}
