package space.orbit.kit.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is acting in this request, for the records a write leaves (ADR 0017): a person's
 * e-mail, or a machine client's id; {@value #UNAUTHENTICATED} where security is off.
 */
public final class Actor {

	/** The actor recorded when the service runs without authentication. */
	public static final String UNAUTHENTICATED = "unauthenticated";

	private Actor() {
	}

	/** The current request's actor. */
	public static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			return token.getName();
		}
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getName())) {
			return UNAUTHENTICATED;
		}
		return authentication.getName();
	}

	/**
	 * The current request's actor; where the service runs without authentication, the
	 * name the client claims ({@code claimed}, at most 100 characters) if it gave one. A
	 * token's subject always wins over a claim.
	 * @param claimed a name the request carries (a body's {@code by}, a header), or null
	 * @return who acts
	 */
	public static String current(String claimed) {
		String actor = current();
		if (!UNAUTHENTICATED.equals(actor) || claimed == null || claimed.isBlank()) {
			return actor;
		}
		String name = claimed.strip();
		return name.substring(0, Math.min(100, name.length()));
	}

	/** The current request's bearer token, to pass on to a service it calls, or null. */
	public static Jwt token() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof JwtAuthenticationToken token) ? token.getToken() : null;
	}

}
