package space.orbit.kit.security;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import space.orbit.kit.web.ProblemType;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import space.orbit.kit.web.ProblemResponses;
import space.orbit.kit.web.Rejections;

/**
 * Every service a resource server (ADR 0017). With {@code orbit.security.enabled}, every
 * request but health, metrics and the API document needs a JWT from the auth service,
 * checked against its published keys, and each operation the role its annotation declares
 * ({@link ViewerAccess}, {@link OperatorAccess}, {@link AdminAccess},
 * {@link RoleAccess}). Without it, every request passes and the annotations are not
 * enforced. A service with a login of its own (the console, the dashboard, the auth
 * service) declares its own filter chain and this one steps aside.
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({ SecurityProperties.class, RateLimitProperties.class })
public class SecurityAutoConfiguration {

	/**
	 * What needs no token: the probes, the metrics, the API document and its Swagger UI
	 * (a page that calls the API with the token its user pastes in).
	 */
	public static final String[] OPEN = { "/health", "/health/**", "/metrics", "/prometheus", "/info", "/v3/api-docs",
			"/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**", "/error" };

	@Bean
	@ConditionalOnMissingBean
	ProblemResponses orbitProblemResponses(ObjectProvider<MeterRegistry> meters) {
		return new ProblemResponses(new Rejections(meters.getIfAvailable(SimpleMeterRegistry::new)));
	}

	/**
	 * A request Spring Security's firewall refuses (a path with {@code ..}, an encoded
	 * line break or NUL) is answered as Tomcat's own refusals are: 400
	 * {@code malformed-request} as a problem, not Boot's JSON error page.
	 */
	@Bean
	@ConditionalOnMissingBean
	RequestRejectedHandler orbitRequestRejected(ProblemResponses problems) {
		return (request, response, rejected) -> problems.write(request, response, ProblemType.MALFORMED_REQUEST,
				"The request's URL cannot be accepted: " + rejected.getMessage() + ".", java.util.Map.of());
	}

	/**
	 * Spring Security observes authentications and authorizations (spans beside the
	 * request's), but not the filter chain as a span wrapping the request's handling:
	 * with it, a request's database and messaging spans became children of the security
	 * span instead of the request's (one reading, one trace whose parents read as the
	 * calls).
	 */
	@Bean
	@ConditionalOnMissingBean
	SecurityObservationSettings orbitSecurityObservations() {
		return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
	}

	@Bean
	@ConditionalOnMissingBean
	AccessDocumentation orbitAccessDocumentation(@Value("${orbit.api.auth-url:http://127.0.0.1:9000}") String authUrl) {
		// The auth service's address as documented (as orbit.api.server-url is the
		// service's), not the issuer a test runs, so the document does not depend on it.
		return new AccessDocumentation(authUrl);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "orbit.security.enabled", matchIfMissing = true)
	@EnableMethodSecurity
	static class Enabled {

		@Bean
		static RoleHierarchy orbitRoleHierarchy() {
			return Roles.hierarchy();
		}

		/**
		 * {@code @RoleAccess("authenticator")}: the annotation's value in its expression.
		 */
		@Bean
		static AnnotationTemplateExpressionDefaults orbitAnnotationTemplates() {
			return new AnnotationTemplateExpressionDefaults();
		}

		/** Roles checked before the body is read ({@link AccessInterceptor}). */
		@Bean
		WebMvcConfigurer orbitAccessInterceptor(RoleHierarchy hierarchy) {
			return new WebMvcConfigurer() {
				@Override
				public void addInterceptors(InterceptorRegistry registry) {
					registry.addInterceptor(new AccessInterceptor(hierarchy));
				}
			};
		}

		@Bean
		@ConditionalOnMissingBean
		JwtDecoder orbitJwtDecoder(SecurityProperties properties) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwksUri())
				.jwsAlgorithm(SignatureAlgorithm.RS256)
				.build();
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
					new JwtTimestampValidator(properties.clockSkew()), new JwtIssuerValidator(properties.issuer())));
			return decoder;
		}

		/** A token bucket per caller ({@code orbit.security.rate-limit}). */
		@Bean
		@ConditionalOnMissingBean
		RateLimits orbitRateLimits(RateLimitProperties properties) {
			return new RateLimits(properties);
		}

		@Bean
		@ConditionalOnMissingBean(SecurityFilterChain.class)
		SecurityFilterChain orbitResourceServer(HttpSecurity http, SecurityProperties properties,
				ProblemResponses problems, RateLimits limits, ObjectProvider<MeterRegistry> meters) throws Exception {
			JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
			roles.setAuthoritiesClaimName(Roles.CLAIM);
			roles.setAuthorityPrefix("ROLE_");
			JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
			converter.setJwtGrantedAuthoritiesConverter(roles);
			ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
			ProblemAccessDeniedHandler denied = new ProblemAccessDeniedHandler(problems);
			http.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(OPEN).permitAll().anyRequest().authenticated())
				.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter))
					.authenticationEntryPoint(entryPoint)
					.accessDeniedHandler(denied))
				.exceptionHandling(
						(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
				// Bearer tokens, no cookies: nothing for a forged cross-site request to
				// ride on.
				.csrf((csrf) -> csrf.disable())
				.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.requestCache((cache) -> cache.disable())
				// Each caller's requests counted once it is known (after the token is
				// read).
				.addFilterAfter(new RateLimitFilter(limits, problems, meters.getIfAvailable(SimpleMeterRegistry::new)),
						BearerTokenAuthenticationFilter.class);
			cors(http, properties.corsAllowedOrigins());
			return http.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "orbit.security.enabled", havingValue = false)
	static class Disabled {

		@Bean
		@ConditionalOnMissingBean(SecurityFilterChain.class)
		SecurityFilterChain orbitOpen(HttpSecurity http, SecurityProperties properties) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf((csrf) -> csrf.disable())
				.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
			cors(http, properties.corsAllowedOrigins());
			return http.build();
		}

		/**
		 * No users of Boot's own: keeps it from generating a password nobody uses. Not
		 * where the service authenticates people itself (the auth service, a UI with a
		 * login).
		 */
		@Bean
		@ConditionalOnMissingBean({ AuthenticationManager.class, AuthenticationProvider.class, UserDetailsService.class,
				SecurityFilterChain.class })
		AuthenticationManager orbitNoAuthentication() {
			return (authentication) -> {
				throw new ProviderNotFoundException(
						"orbit.security.enabled is false: this service authenticates no one");
			};
		}

	}

	static void cors(HttpSecurity http, List<String> origins) throws Exception {
		if (origins.isEmpty()) {
			http.cors((cors) -> cors.disable());
			return;
		}
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(origins);
		configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
		configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-ID", "traceparent"));
		configuration.setExposedHeaders(List.of("Location", "Retry-After", "X-Request-ID"));
		configuration.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", configuration);
		http.cors((cors) -> cors.configurationSource(source));
	}

}
