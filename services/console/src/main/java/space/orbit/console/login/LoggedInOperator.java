package space.orbit.console.login;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import space.orbit.console.operator.CurrentOperator;
import space.orbit.console.operator.Offered;
import space.orbit.console.operator.Role;

/**
 * The person logged in through the auth service: their display name (else their e-mail),
 * and their role from the access token's {@code roles} claim.
 */
@Component
@ConditionalOnBooleanProperty(name = "orbit.security.enabled", matchIfMissing = true)
class LoggedInOperator implements CurrentOperator {

	@Override
	public String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
			String name = user.getFullName();
			return (name != null && !name.isBlank()) ? name : user.getSubject();
		}
		return (authentication != null) ? authentication.getName() : "not logged in";
	}

	@Override
	public Optional<Role> role() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		return Role.highest(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
	}

	@Override
	public Offered offered() {
		return Offered.to(role());
	}

}
