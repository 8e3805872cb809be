package space.orbit.console.login;

import java.util.Map;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.AuthorizationCodeOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.DelegatingOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import space.orbit.kit.security.SecurityAutoConfiguration;
import space.orbit.kit.security.SecurityProperties;

/**
 * The console's login (ADR 0017, "console"): OAuth2 login with PKCE at the auth service
 * as the client {@code orbit-console}, in Vaadin's security configuration; its own filter
 * chain, so the kit's resource-server chain steps aside. The probes and the metrics stay
 * open (the kit's list); logging out ends the auth service's session too (its end-session
 * endpoint).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "orbit.security.enabled", matchIfMissing = true)
class LoginConfiguration {

	static final String REGISTRATION = "orbit";

	@Bean
	SecurityFilterChain consoleLogin(HttpSecurity http, ClientRegistrationRepository registrations,
			AccessTokenRoles roles) throws Exception {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, "/oauth2/authorization");
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		logout.setRedirectStrategy(new UidlRedirectStrategy());
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(SecurityAutoConfiguration.OPEN).permitAll())
			.oauth2Login((login) -> login
				.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(resolver))
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(roles)))
			// Vaadin 25 denies every address that is no route (a bare 403 page); a
			// logged-in person's mistyped address reaches the console's NotFoundView
			// instead.
			.with(VaadinSecurityConfigurer.vaadin(),
					(vaadin) -> vaadin.oauth2LoginPage("/oauth2/authorization/" + REGISTRATION)
						.logoutSuccessHandler(logout)
						.anyRequest((any) -> any.authenticated()));
		return http.build();
	}

	@Bean
	ClientRegistrationRepository consoleClientRegistrations(LoginProperties properties, SecurityProperties security) {
		if (properties.clientSecret().isBlank()) {
			throw new IllegalStateException("orbit.security.enabled is true but the console's client secret is empty:"
					+ " set ORBIT_CONSOLE_CLIENT_SECRET (orbit.console.login.client-secret) to the auth service's"
					+ " ORBIT_AUTH_CONSOLE_SECRET");
		}
		ClientRegistration orbit = ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(properties.clientId())
			.clientSecret(properties.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile")
			.authorizationUri(properties.browserEndpoint("/oauth2/authorize"))
			.tokenUri(properties.endpoint("/oauth2/token"))
			.jwkSetUri(properties.endpoint("/oauth2/jwks"))
			.issuerUri(security.issuer())
			.userNameAttributeName("sub")
			.providerConfigurationMetadata(
					Map.of("end_session_endpoint", properties.browserEndpoint("/connect/logout")))
			.clientName("Orbit")
			.build();
		return new InMemoryClientRegistrationRepository(orbit);
	}

	@Bean
	OAuth2AuthorizedClientService consoleAuthorizedClients(ClientRegistrationRepository registrations) {
		return new InMemoryOAuth2AuthorizedClientService(registrations);
	}

	/**
	 * The logged-in person's access token, refreshed when it has expired; a refresh is
	 * published, so that their ID token is renewed too ({@link RefreshedIdToken}).
	 */
	@Bean
	OAuth2AuthorizedClientManager consoleAuthorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService clients, ApplicationEventPublisher events) {
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, clients);
		RefreshTokenOAuth2AuthorizedClientProvider refresh = new RefreshTokenOAuth2AuthorizedClientProvider();
		refresh.setApplicationEventPublisher(events);
		manager.setAuthorizedClientProvider(new DelegatingOAuth2AuthorizedClientProvider(
				new AuthorizationCodeOAuth2AuthorizedClientProvider(), refresh));
		return manager;
	}

	@Bean
	RefreshedIdToken consoleRefreshedIdToken(JwtDecoder decoder) {
		return new RefreshedIdToken(decoder);
	}

	@Bean
	AccessTokenRoles consoleAccessTokenRoles(JwtDecoder decoder) {
		return new AccessTokenRoles(decoder);
	}

}
