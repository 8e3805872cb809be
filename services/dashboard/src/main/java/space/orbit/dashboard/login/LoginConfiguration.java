package space.orbit.dashboard.login;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import space.orbit.kit.security.SecurityAutoConfiguration;
import space.orbit.kit.security.SecurityProperties;
import space.orbit.kit.web.ProblemResponses;

/**
 * The dashboard's own filter chain with {@code orbit.security.enabled} (the kit's
 * resource-server chain steps aside): OAuth 2 login at the auth service with PKCE, the
 * session cookie as the browser's credential, CSRF tokens cookie-to-header, a page
 * without a session sent to the login, an API request without one refused 401. Roles are
 * the kit's annotations on the controllers (method security, on with the same setting).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "orbit.security.enabled", matchIfMissing = true)
class LoginConfiguration {

	/** The registration's id: the redirect URI ends in it. */
	static final String REGISTRATION = "orbit";

	static final String LOGIN = "/oauth2/authorization/" + REGISTRATION;

	@Bean
	ClientRegistrationRepository orbitClientRegistrations(LoginProperties login, SecurityProperties security) {
		if (login.clientSecret().isBlank()) {
			throw new IllegalStateException("orbit.security.enabled is true but the dashboard has no client secret: "
					+ "set ORBIT_DASHBOARD_CLIENT_SECRET (orbit.dashboard.login.client-secret) to the auth service's "
					+ "ORBIT_AUTH_DASHBOARD_SECRET");
		}
		Map<String, Object> metadata = login.endSessionUri().isBlank() ? Map.of()
				: Map.of("end_session_endpoint", login.endSessionUri());
		return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
			.clientName("Orbit")
			.clientId(login.clientId())
			.clientSecret(login.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile")
			.authorizationUri(login.browserBase() + "/oauth2/authorize")
			.tokenUri(login.base() + "/oauth2/token")
			.jwkSetUri(login.base() + "/oauth2/jwks")
			.issuerUri(security.issuer())
			.userNameAttributeName("sub")
			.providerConfigurationMetadata(metadata)
			.build());
	}

	/** A person's tokens live in their session, and end with it. */
	@Bean
	OAuth2AuthorizedClientRepository orbitAuthorizedClients() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	/** The logged-in person's access token, refreshed when it has (nearly) expired. */
	@Bean
	OAuth2AuthorizedClientManager orbitAuthorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository clients) {
		DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, clients);
		manager.setAuthorizedClientProvider(
				OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

	@Bean
	UserToken orbitUserToken(OAuth2AuthorizedClientManager clients) {
		return new UserToken(clients);
	}

	@Bean
	SecurityFilterChain dashboardLogin(HttpSecurity http, ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository clients, JwtDecoder accessTokens, ProblemResponses problems)
			throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, "/oauth2/authorization");
		authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint(LOGIN);
		AuthenticationEntryPoint refused = new SessionProblems(problems);
		HttpSessionRequestCache pages = new HttpSessionRequestCache();
		pages.setRequestMatcher(new NegatedRequestMatcher(api));
		// The raw token from the XSRF-TOKEN cookie, in the X-XSRF-TOKEN header (the SPA's
		// requests) or the _csrf field (the logout form); loaded on every request so the
		// cookie is always there for the page to read.
		CsrfTokenRequestAttributeHandler csrfTokens = new CsrfTokenRequestAttributeHandler();
		csrfTokens.setCsrfRequestAttributeName(null);
		CookieCsrfTokenRepository csrfCookie = CookieCsrfTokenRepository.withHttpOnlyFalse();
		csrfCookie.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		OidcClientInitiatedLogoutSuccessHandler loggedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		loggedOut.setDefaultTargetUrl("/login?logout");
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(SecurityAutoConfiguration.OPEN)
			.permitAll()
			.requestMatchers("/login", "/favicon.ico")
			.permitAll()
			.anyRequest()
			.authenticated())
			.oauth2Login((oauth) -> oauth
				.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(authorizationRequests))
				.authorizedClientRepository(clients)
				.userInfoEndpoint((users) -> users.oidcUserService(new RolesFromAccessToken(accessTokens))))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(
					(request, response, ex) -> (api.matches(request) ? refused : login).commence(request, response, ex))
				.accessDeniedHandler((SessionProblems) refused))
			.requestCache((cache) -> cache.requestCache(pages))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfCookie).csrfTokenRequestHandler(csrfTokens))
			.logout((logout) -> logout.logoutSuccessHandler(loggedOut));
		return http.build();
	}

}
