package space.orbit.worker.calls;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import space.orbit.worker.WorkerProperties;

/**
 * The worker's token for the services it calls, when {@code orbit.security.enabled}: the
 * client {@code orbit-worker} (registration {@value #REGISTRATION}) takes it at the auth
 * service with the client-credentials grant, keeps it until it expires, and drops it when
 * a service refuses it. The registration and the authorized clients are not beans, on
 * purpose: Boot would otherwise add its OAuth 2 login filter chain in place of the kit's
 * resource server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "orbit.security.enabled", matchIfMissing = true)
class ClientCredentialsConfiguration {

	/** The registration the worker's calls use. */
	static final String REGISTRATION = "orbit";

	@Bean
	OAuth2ClientHttpRequestInterceptor orbitClientCredentials(WorkerProperties properties) {
		WorkerProperties.Client client = properties.client();
		if (client.secret().isBlank()) {
			throw new IllegalStateException("orbit.worker.client.secret (ORBIT_WORKER_CLIENT_SECRET) is required "
					+ "when orbit.security.enabled is true: the worker's calls to the mission database and the "
					+ "samples API need a token of client " + client.id());
		}
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(client.id())
			.clientSecret(client.secret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(client.tokenUri().toString())
			.build();
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		InMemoryOAuth2AuthorizedClientService authorized = new InMemoryOAuth2AuthorizedClientService(registrations);
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, authorized);
		manager
			.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		OAuth2ClientHttpRequestInterceptor interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
		interceptor.setClientRegistrationIdResolver((request) -> REGISTRATION);
		// The worker's own token, whoever's request or job makes the call: one token for
		// all of them, not one per user.
		AnonymousAuthenticationToken worker = new AnonymousAuthenticationToken(client.id(), client.id(),
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		interceptor.setPrincipalResolver((request) -> worker);
		interceptor
			.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorized));
		return interceptor;
	}

}
