package space.orbit.dashboard.login;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import space.orbit.kit.security.Roles;

/**
 * The logged-in person's roles, {@code ROLE_<role>}, from the {@code roles} claim of the
 * access token the login gave (the ID token does not carry them), checked as every
 * service checks it: the kit's {@link JwtDecoder}, the issuer's keys and name.
 */
class RolesFromAccessToken implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService users = new OidcUserService();

	private final JwtDecoder accessTokens;

	RolesFromAccessToken(JwtDecoder accessTokens) {
		this.accessTokens = accessTokens;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.users.loadUser(request);
		Jwt token;
		try {
			token = this.accessTokens.decode(request.getAccessToken().getTokenValue());
		}
		catch (JwtException ex) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
					"The access token of the login was refused: " + ex.getMessage(), null), ex);
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		List<String> roles = token.getClaimAsStringList(Roles.CLAIM);
		if (roles != null) {
			roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
		}
		return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
	}

}
