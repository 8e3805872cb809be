package space.orbit.dashboard.login;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import space.orbit.kit.security.Roles;
import space.orbit.kit.security.ViewerAccess;

/** Who is logged in, for the page to show and to offer only what they may do. */
@RestController
@Tag(name = "session", description = "The logged-in person")
class MeController {

	private final boolean loginRequired;

	MeController(@Value("${orbit.security.enabled:true}") boolean loginRequired) {
		this.loginRequired = loginRequired;
	}

	@GetMapping("/api/v1/me")
	@ViewerAccess
	@Operation(operationId = "me", summary = "The logged-in person's name and roles",
			description = "From the login's ID token (name, e-mail) and access token (roles). Without "
					+ "orbit.security.enabled nobody logs in: open is true, no name, no roles, and "
					+ "every control is offered as before.")
	@ApiResponse(responseCode = "200", description = "The person of this session")
	Me me() {
		if (!this.loginRequired) {
			return new Me(true, null, null, null, List.of());
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring("ROLE_".length()))
			.filter(Roles.PEOPLE::contains)
			.toList();
		if (authentication.getPrincipal() instanceof OidcUser user) {
			String name = (user.getFullName() != null) ? user.getFullName() : user.getSubject();
			return new Me(false, user.getSubject(), name, user.getEmail(), roles);
		}
		return new Me(false, authentication.getName(), authentication.getName(), null, roles);
	}

	/**
	 * The person of the session.
	 *
	 * @param open true when the dashboard runs without a login (orbit.security.enabled
	 * false): everything is offered, as before
	 * @param subject the token's subject (their e-mail address)
	 * @param name their display name
	 * @param email their e-mail address
	 * @param roles their roles (viewer, operator, admin; admin includes operator, which
	 * includes viewer)
	 */
	record Me(boolean open, String subject, String name, String email, List<String> roles) {
	}

}
