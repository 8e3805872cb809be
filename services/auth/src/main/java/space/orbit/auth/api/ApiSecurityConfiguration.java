package space.orbit.auth.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The second security filter chain, after the authorization server's: {@code /api/**} as
 * a resource server of this service's own tokens. The API keys are admin's; the active
 * keys' hashes are key-reader's alone (admin does not include it).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(2)
	SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder ownTokens) throws Exception {
		ProblemResponses problems = new ProblemResponses();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/v1/api-keys/active")
				.hasRole("key-reader")
				.requestMatchers("/api/v1/api-keys", "/api/v1/api-keys/**")
				.hasRole("admin")
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.decoder(ownTokens).jwtAuthenticationConverter(roles()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf(AbstractHttpConfigurer::disable);
		return http.build();
	}

	/** Authorities {@code ROLE_<role>} from the {@code roles} claim. */
	static JwtAuthenticationConverter roles() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName("roles");
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

}
