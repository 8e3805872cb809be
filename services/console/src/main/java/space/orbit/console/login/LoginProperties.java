package space.orbit.console.login;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the console logs people in through the auth service ({@code orbit.console.login.*},
 * used with orbit.security.enabled only).
 *
 * @param authUrl the auth service's address, as the browser and the console reach it
 * ({@code ORBIT_AUTH_URL}); its endpoints are configured from it, not discovered, so the
 * console starts before the auth service
 * @param clientId the console's client at the auth service
 * @param clientSecret its secret ({@code ORBIT_CONSOLE_CLIENT_SECRET}), required with a
 * login
 */
@ConfigurationProperties("orbit.console.login")
public record LoginProperties(@DefaultValue("http://127.0.0.1:9000") URI authUrl,
		@DefaultValue("orbit-console") String clientId, @DefaultValue("") String clientSecret) {

	/** An endpoint of the auth service, e.g. {@code /oauth2/token}. */
	String endpoint(String path) {
		String base = this.authUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
