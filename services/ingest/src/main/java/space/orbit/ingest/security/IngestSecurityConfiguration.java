package space.orbit.ingest.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.web.client.RestClient;
import space.orbit.kit.web.ProblemResponses;

/**
 * With {@code orbit.security.enabled}: API keys beside the kit's bearer tokens, and the
 * rate limit, both added to the kit's filter chain by a {@code Customizer<HttpSecurity>}
 * (Spring Security applies every such bean to the chain it builds). Ingest's token for
 * the auth service comes from an {@link OAuth2AuthorizedClientManager} of its own: no
 * {@code ClientRegistrationRepository} bean, so Spring Boot adds no login filter chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "orbit.security.enabled", matchIfMissing = true)
class IngestSecurityConfiguration {

	static final String REGISTRATION = "orbit-ingest";

	@Bean
	OAuth2AuthorizedClientManager apiKeysClientManager(ApiKeysProperties properties) {
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(properties.tokenUri().toString())
			.build();
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		RestClientClientCredentialsTokenResponseClient tokens = new RestClientClientCredentialsTokenResponseClient();
		tokens.setRestClient(RestClient.builder()
			.requestFactory(requestFactory(properties))
			.configureMessageConverters((converters) -> converters.addCustomConverter(new FormHttpMessageConverter())
				.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
			.clientCredentials((credentials) -> credentials.accessTokenResponseClient(tokens))
			.build());
		return manager;
	}

	@Bean
	ActiveApiKeys activeApiKeys(OAuth2AuthorizedClientManager apiKeysClientManager, ApiKeysProperties properties,
			MeterRegistry registry) {
		OAuth2ClientHttpRequestInterceptor token = new OAuth2ClientHttpRequestInterceptor(apiKeysClientManager);
		token.setClientRegistrationIdResolver((request) -> REGISTRATION);
		RestClient http = RestClient.builder()
			.requestFactory(requestFactory(properties))
			.requestInterceptor(token)
			.build();
		return new ActiveApiKeys(http, properties, registry);
	}

	/**
	 * The API key filter before the bearer token's; the kit's chain adds the rate limit
	 * after it, per key as per client. The filter is no bean, so the servlet container
	 * does not run it a second time.
	 */
	@Bean
	Customizer<HttpSecurity> apiKeys(ActiveApiKeys keys, ProblemResponses problems) {
		ApiKeyAuthenticationFilter apiKeys = new ApiKeyAuthenticationFilter(keys, problems);
		return (http) -> http.addFilterBefore(apiKeys, BearerTokenAuthenticationFilter.class);
	}

	private static JdkClientHttpRequestFactory requestFactory(ApiKeysProperties properties) {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
		factory.setReadTimeout(properties.timeout());
		return factory;
	}

}
