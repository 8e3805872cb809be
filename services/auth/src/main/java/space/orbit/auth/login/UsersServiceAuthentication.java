package space.orbit.auth.login;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Logs a person in when the users service confirms their e-mail address and password; the
 * authentication's principal is the {@link VerifiedUser}, its authority
 * {@code ROLE_<access>}.
 */
@Component
class UsersServiceAuthentication implements AuthenticationProvider {

	static final String WRONG = "The e-mail address or the password is wrong.";

	private final UsersService users;

	UsersServiceAuthentication(UsersService users) {
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName().strip();
		Object credentials = authentication.getCredentials();
		if (email.isEmpty() || credentials == null || credentials.toString().isEmpty()) {
			throw new BadCredentialsException(WRONG);
		}
		VerifiedUser user = this.users.verify(email, credentials.toString());
		if (user == null) {
			throw new BadCredentialsException(WRONG);
		}
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
