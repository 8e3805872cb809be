package space.orbit.console.login;

import com.vaadin.flow.server.VaadinSession;

import org.springframework.context.ApplicationListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.event.OAuth2AuthorizedClientRefreshedEvent;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Keeps the ID token a refresh brought in the session: the auth service answers a refresh
 * with a new ID token and forgets the old one, so logging out with the old one (its
 * {@code id_token_hint}) left the auth service's session open. The roles stay those of
 * the login (ADR 0017: a changed role shows from the next login).
 */
class RefreshedIdToken implements ApplicationListener<OAuth2AuthorizedClientRefreshedEvent> {

	private final JwtDecoder decoder;

	RefreshedIdToken(JwtDecoder decoder) {
		this.decoder = decoder;
	}

	@Override
	public void onApplicationEvent(OAuth2AuthorizedClientRefreshedEvent event) {
		Object idToken = event.getAccessTokenResponse().getAdditionalParameters().get("id_token");
		VaadinSession session = VaadinSession.getCurrent();
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (!(idToken instanceof String value) || session == null || session.getSession() == null
				|| !(current instanceof OAuth2AuthenticationToken token)
				|| !(token.getPrincipal() instanceof OidcUser user)) {
			return;
		}
		Jwt jwt = this.decoder.decode(value);
		OidcIdToken renewed = new OidcIdToken(value, jwt.getIssuedAt(), jwt.getExpiresAt(), jwt.getClaims());
		OidcUser person = new DefaultOidcUser(user.getAuthorities(), renewed, user.getUserInfo(), "sub");
		OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(person, token.getAuthorities(),
				token.getAuthorizedClientRegistrationId());
		authentication.setDetails(token.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
	}

}
