package space.orbit.console.login;

import java.net.http.HttpRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;

import space.orbit.console.api.Credentials;

/**
 * Every request to a service carries the logged-in person's access token
 * ({@code Authorization: Bearer}), refreshed with their refresh token when it has
 * expired; no {@code X-Orbit-User}: the services take who acted from the token.
 */
@Component
@ConditionalOnBooleanProperty(name = "orbit.security.enabled", matchIfMissing = true)
class BearerCredentials implements Credentials {

	private final OAuth2AuthorizedClientManager clients;

	BearerCredentials(OAuth2AuthorizedClientManager clients) {
		this.clients = clients;
	}

	@Override
	public void sign(HttpRequest.Builder request) {
		Authentication person = SecurityContextHolder.getContext().getAuthentication();
		if (person == null || !person.isAuthenticated()) {
			throw new IllegalStateException("no one is logged in");
		}
		OAuth2AuthorizedClient client;
		try {
			client = this.clients
				.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(LoginConfiguration.REGISTRATION)
					.principal(person)
					.build());
		}
		catch (OAuth2AuthorizationException ex) {
			throw new IllegalStateException("the login has expired, log out and in again: " + ex.getMessage(), ex);
		}
		if (client == null) {
			throw new IllegalStateException("the login has expired, log out and in again");
		}
		request.header("Authorization", "Bearer " + client.getAccessToken().getTokenValue());
	}

}
