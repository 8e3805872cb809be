package space.orbit.dashboard.login;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import space.orbit.kit.web.ProblemException;
import space.orbit.kit.web.ProblemType;

/**
 * The logged-in person's access token for the request being served, refreshed with the
 * session's refresh token when it has expired or is about to (within a minute). A session
 * whose tokens are gone or can no longer be refreshed is a 401: the person logs in again.
 */
public final class UserToken {

	private final OAuth2AuthorizedClientManager clients;

	UserToken(OAuth2AuthorizedClientManager clients) {
		this.clients = clients;
	}

	/**
	 * The access token to send as {@code Authorization: Bearer}.
	 * @return the token's value
	 */
	public String current() {
		Authentication person = SecurityContextHolder.getContext().getAuthentication();
		if (person == null || !person.isAuthenticated()) {
			throw loggedOut("This needs a logged-in session: open the dashboard's page to log in.");
		}
		OAuth2AuthorizedClient client;
		try {
			client = this.clients
				.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(LoginConfiguration.REGISTRATION)
					.principal(person)
					.build());
		}
		catch (ClientAuthorizationException ex) {
			throw loggedOut("The session's tokens could not be refreshed at the auth service ("
					+ ex.getError().getErrorCode() + "): log in again.");
		}
		if (client == null) {
			throw loggedOut("The session holds no token of the auth service: log in again.");
		}
		return client.getAccessToken().getTokenValue();
	}

	private static ProblemException loggedOut(String detail) {
		return new ProblemException(ProblemType.UNAUTHORIZED, detail);
	}

}
