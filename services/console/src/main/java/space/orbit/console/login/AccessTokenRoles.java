package space.orbit.console.login;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The person logged in, with the roles of their access token's {@code roles} claim as
 * authorities {@code ROLE_<role>} (the ID token carries none). The token is checked as
 * every service checks it (the kit's decoder: the auth service's keys and issuer).
 */
class AccessTokenRoles implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String CLAIM = "roles";

	private final OidcUserService users = new OidcUserService();

	private final JwtDecoder decoder;

	AccessTokenRoles(JwtDecoder decoder) {
		this.decoder = decoder;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.users.loadUser(request);
		Jwt access = this.decoder.decode(request.getAccessToken().getTokenValue());
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.addAll(authorities(access.getClaimAsStringList(CLAIM)));
		return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
	}

	static List<GrantedAuthority> authorities(List<String> roles) {
		return (roles != null)
				? roles.stream().<GrantedAuthority>map((r) -> new SimpleGrantedAuthority("ROLE_" + r)).toList()
				: List.of();
	}

}
