package space.orbit.auth.login;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The last security filter chain (after the authorization server's and the API's): form
 * login on the service's own page for everything else; health, metrics and the API
 * document open, as in every Orbit service.
 */
@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

	@Bean
	@Order(3)
	SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/health", "/health/**", "/metrics", "/v3/api-docs", "/v3/api-docs/**",
					"/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((login) -> login.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.failureUrl("/login?error")
				.permitAll());
		return http.build();
	}

}
