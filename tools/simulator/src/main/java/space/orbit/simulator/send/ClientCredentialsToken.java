package space.orbit.simulator.send;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * A client-credentials bearer token from the auth service, taken at the first request and
 * reused until a minute before it expires, from Spring Security's
 * {@link OAuth2AuthorizedClientManager} built here (no
 * {@code ClientRegistrationRepository} bean, so Spring Boot adds no login). A 401 from
 * ingest drops the token: the next request takes a new one. Thread-safe.
 */
public final class ClientCredentialsToken implements IngestCredentials {

	private static final String REGISTRATION = "orbit-simulator";

	/** How long before its expiry a token is replaced. */
	static final Duration EARLY = Duration.ofMinutes(1);

	private final String clientId;

	private final URI tokenUri;

	private final OAuth2AuthorizedClientService authorizedClients;

	private final OAuth2AuthorizedClientManager manager;

	public ClientCredentialsToken(String clientId, String secret, URI tokenUri, Duration timeout, Clock clock) {
		this.clientId = clientId;
		this.tokenUri = tokenUri;
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(clientId)
			.clientSecret(secret)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(tokenUri.toString())
			.build();
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		this.authorizedClients = new InMemoryOAuth2AuthorizedClientService(registrations);
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, this.authorizedClients);
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
			.clientCredentials(
					(grant) -> grant.accessTokenResponseClient(tokens(timeout)).clock(clock).clockSkew(EARLY))
			.build());
		this.manager = manager;
	}

	@Override
	public void addTo(HttpRequest.Builder request) {
		request.header("Authorization", "Bearer " + token());
	}

	/** Drops the token after a 401: it may be expired early, or signed by a lost key. */
	@Override
	public void refused(int status) {
		if (status == 401) {
			this.authorizedClients.removeAuthorizedClient(REGISTRATION, this.clientId);
		}
	}

	/** The current token: the cached one, or a new one. */
	String token() {
		OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION)
			.principal(this.clientId)
			.build();
		try {
			OAuth2AuthorizedClient client = this.manager.authorize(request);
			if (client == null) {
				throw new TokenUnavailableException("no token for " + this.clientId + " from " + this.tokenUri, null);
			}
			return client.getAccessToken().getTokenValue();
		}
		catch (OAuth2AuthorizationException | RestClientException ex) {
			throw new TokenUnavailableException(
					"no token for " + this.clientId + " from " + this.tokenUri + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public String toString() {
		return "a bearer token of client " + this.clientId + " from " + this.tokenUri;
	}

	private static RestClientClientCredentialsTokenResponseClient tokens(Duration timeout) {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(timeout).build());
		factory.setReadTimeout(timeout);
		RestClientClientCredentialsTokenResponseClient tokens = new RestClientClientCredentialsTokenResponseClient();
		tokens.setRestClient(RestClient.builder()
			.requestFactory(factory)
			.configureMessageConverters((converters) -> converters.addCustomConverter(new FormHttpMessageConverter())
				.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		return tokens;
	}

}
