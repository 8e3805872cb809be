package space.orbit.kit.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Whose bucket a request draws on (ADR 0017): an API key, a machine client (a token whose
 * {@code sub} is its {@code client_id}), or a person (any other token: its {@code sub}).
 *
 * @param kind {@link #API_KEY}, {@link #CLIENT} or {@link #USER}: the {@code kind} label
 * of the throttled requests' counter
 * @param name the key's id, the client's id or the person's subject
 */
public record RateLimitKey(String kind, String name) {

	/** An API key's kind. */
	public static final String API_KEY = "api-key";

	/** A machine client's kind (a token with {@code client_id}). */
	public static final String CLIENT = "client";

	/** A person's kind (a token without {@code client_id}). */
	public static final String USER = "user";

	/**
	 * An authentication that names its own bucket, such as a service's API key.
	 */
	public interface Source {

		/** The bucket this authentication draws on. */
		RateLimitKey rateLimitKey();

	}

	/**
	 * The bucket of the request's authentication; none for an anonymous request, which
	 * the limit leaves to authentication to refuse.
	 * @param authentication the request's authentication, or null
	 * @return its key, if it has one
	 */
	public static Optional<RateLimitKey> of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		if (authentication instanceof Source source) {
			return Optional.of(source.rateLimitKey());
		}
		if (authentication instanceof JwtAuthenticationToken token) {
			// A machine's token names itself (client credentials: sub = client_id); a
			// person's
			// names the person, whatever client (the console, the dashboard) they came
			// through,
			// so that one busy person does not throttle the others.
			String client = token.getToken().getClaimAsString("client_id");
			String subject = token.getToken().getSubject();
			return Optional.of((client != null && (client.equals(subject) || subject == null))
					? new RateLimitKey(CLIENT, client) : new RateLimitKey(USER, subject));
		}
		return Optional.empty();
	}

}
