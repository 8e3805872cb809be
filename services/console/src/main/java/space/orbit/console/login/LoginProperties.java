package space.orbit.console.login;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the console logs people in through the auth service ({@code orbit.console.login.*},
 * used with orbit.security.enabled only).
 *
 * @param authUrl the auth service's address as the console reaches it
 * ({@code ORBIT_AUTH_URL}): tokens and keys; its endpoints are configured from it, not
 * discovered, so the console starts before the auth service
 * @param clientId the console's client at the auth service
 * @param clientSecret its secret ({@code ORBIT_CONSOLE_CLIENT_SECRET}), required with a
 * login
 * @param browserAuthUrl the auth service's address as a browser reaches it
 * ({@code ORBIT_AUTH_BROWSER_URL}): the login page and the logout; empty:
 * {@code authUrl}. They differ where the console reaches the auth service by an inner
 * name (a Compose network's {@code auth}, a Kubernetes Service) that browsers cannot
 * resolve
 */
@ConfigurationProperties("orbit.console.login")
public record LoginProperties(@DefaultValue("http://127.0.0.1:9000") URI authUrl,
		@DefaultValue("orbit-console") String clientId, @DefaultValue("") String clientSecret,
		@DefaultValue("") String browserAuthUrl) {

	/** An endpoint of the auth service the console calls, e.g. {@code /oauth2/token}. */
	String endpoint(String path) {
		return withoutSlash(this.authUrl.toString()) + path;
	}

	/**
	 * An endpoint of the auth service a browser is sent to, e.g.
	 * {@code /oauth2/authorize}.
	 */
	String browserEndpoint(String path) {
		return (this.browserAuthUrl.isBlank() ? endpoint("") : withoutSlash(this.browserAuthUrl)) + path;
	}

	private static String withoutSlash(String base) {
		return base.replaceAll("/+$", "");
	}

}
