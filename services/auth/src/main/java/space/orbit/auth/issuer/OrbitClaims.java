package space.orbit.auth.issuer;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import space.orbit.auth.login.VerifiedUser;

/**
 * The claims of Orbit's tokens (ADR 0017): a user's access token carries
 * {@code roles = [their access]} and {@code name}; a client's own token (client
 * credentials) the roles configured for the client; every access token {@code client_id}.
 * ID tokens carry the user's name and e-mail address.
 */
class OrbitClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	@Override
	public void customize(JwtEncodingContext context) {
		String clientId = context.getRegisteredClient().getClientId();
		VerifiedUser user = user(context.getPrincipal());
		if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			context.getClaims().claim("client_id", clientId);
			if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
				context.getClaims().claim("roles", clientRoles(context));
			}
			else if (user != null) {
				context.getClaims().claim("roles", List.of(user.access())).claim("name", user.name());
			}
			else {
				context.getClaims().claim("roles", List.of());
			}
		}
		else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue()) && user != null) {
			context.getClaims().claim("name", user.name()).claim("email", user.email());
		}
	}

	private static List<String> clientRoles(JwtEncodingContext context) {
		Object roles = context.getRegisteredClient().getClientSettings().getSetting(ConfiguredClients.ROLES);
		if (roles instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

	private static VerifiedUser user(Authentication principal) {
		return (principal != null && principal.getPrincipal() instanceof VerifiedUser user) ? user : null;
	}

}
