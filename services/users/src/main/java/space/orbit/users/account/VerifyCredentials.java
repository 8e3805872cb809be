package space.orbit.users.account;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Checks an e-mail address and a password (for the auth service's login, ADR 0017). An
 * unknown address or an account without a password costs one BCrypt comparison too, so
 * the answer's time does not tell whether the address exists.
 */
@Service
class VerifyCredentials {

	private final UserRepository users;

	private final Passwords passwords;

	private final UserMetrics metrics;

	VerifyCredentials(UserRepository users, Passwords passwords, UserMetrics metrics) {
		this.users = users;
		this.passwords = passwords;
		this.metrics = metrics;
	}

	/** The account, when the address (in any case) has one whose password this is. */
	Optional<UserView> verify(String email, String password) {
		Optional<User> user = this.users.findByEmail(email.trim().toLowerCase(Locale.ROOT));
		String hash = user.map(User::passwordHash).orElse(null);
		boolean verified = this.passwords.matches(password, hash);
		this.metrics.credentialsChecked(verified);
		return verified ? user.map(User::view) : Optional.empty();
	}

}
