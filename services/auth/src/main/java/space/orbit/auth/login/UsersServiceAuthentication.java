package space.orbit.auth.login;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logs a person in when the users service confirms their e-mail address and password; the
 * authentication's principal is the {@link VerifiedUser}, its authority
 * {@code ROLE_<access>}. Throttled by {@link LoginThrottle}.
 */
@Component
class UsersServiceAuthentication implements AuthenticationProvider {

	static final String WRONG = "The e-mail address or the password is wrong.";

	private final UsersService users;

	private final LoginThrottle throttle;

	UsersServiceAuthentication(UsersService users, LoginThrottle throttle) {
		this.users = users;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName().strip();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		// A locked account or address is refused before the users service is asked.
		this.throttle.check(email, address);
		Object credentials = authentication.getCredentials();
		if (email.isEmpty() || credentials == null || credentials.toString().isEmpty()) {
			this.throttle.failed(email, address);
			throw new BadCredentialsException(WRONG);
		}
		// An unreachable users service throws past this: not the person's failure.
		VerifiedUser user = this.users.verify(email, credentials.toString());
		if (user == null) {
			this.throttle.failed(email, address);
			throw new BadCredentialsException(WRONG);
		}
		this.throttle.succeeded(email);
		// The password factor, with its time: an ID token's auth_time.
		return UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.access()),
						FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
