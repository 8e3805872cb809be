package space.orbit.auth.login;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A login refused, unchecked, because its account or client address is locked after too
 * many failed logins; which of the two is not said.
 */
class TooManyFailedLogins extends AuthenticationException {

	private final Instant until;

	TooManyFailedLogins(Instant until) {
		super("Too many failed sign-in attempts.");
		this.until = until;
	}

	/** When the lock ends. */
	Instant until() {
		return this.until;
	}

}
