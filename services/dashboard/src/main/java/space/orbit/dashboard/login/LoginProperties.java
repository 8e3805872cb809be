package space.orbit.dashboard.login;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the dashboard logs people in ({@code orbit.dashboard.login.*}), used only with
 * {@code orbit.security.enabled}.
 *
 * @param authUrl the auth service as the dashboard reaches it ({@code ORBIT_AUTH_URL}):
 * its token and keys endpoints are configured from it, so the dashboard starts without it
 * @param clientId the dashboard's client at the auth service
 * @param clientSecret its secret ({@code ORBIT_DASHBOARD_CLIENT_SECRET}; the auth
 * service's {@code ORBIT_AUTH_DASHBOARD_SECRET})
 * @param endSessionUri the auth service's OIDC {@code end_session_endpoint}; empty: a
 * logout ends the dashboard's session only
 * @param browserAuthUrl the auth service as a browser reaches it
 * ({@code ORBIT_AUTH_BROWSER_URL}): its login page; empty: {@code authUrl}. They differ
 * where the dashboard reaches the auth service by an inner name (a Compose network's
 * {@code auth}, a Kubernetes Service) that browsers cannot resolve
 */
@Validated
@ConfigurationProperties("orbit.dashboard.login")
public record LoginProperties(@DefaultValue("http://127.0.0.1:9000") @NotNull URI authUrl,
		@DefaultValue("orbit-dashboard") @NotBlank String clientId, @DefaultValue("") String clientSecret,
		@DefaultValue("") String endSessionUri, @DefaultValue("") String browserAuthUrl) {

	/** The auth service's address without a trailing slash. */
	String base() {
		return this.authUrl.toString().replaceAll("/+$", "");
	}

	/** The auth service's address for browsers, without a trailing slash. */
	String browserBase() {
		return this.browserAuthUrl.isBlank() ? base() : this.browserAuthUrl.replaceAll("/+$", "");
	}

}
