package space.orbit.auth.login;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Login throttling (OWASP API2): too many failed logins for one account, or from one
 * client address, lock it for a while; a locked login is refused before the users service
 * is asked. Unknown e-mail addresses count like known ones. Counts are per instance (ADR
 * 0017).
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final Clock clock;

	private final FailedLogins accounts;

	private final FailedLogins addresses;

	private final Counter failures;

	private final Counter lockedAccount;

	private final Counter lockedAddress;

	LoginThrottle(LoginProperties properties, Clock clock, MeterRegistry meters) {
		this.clock = clock;
		this.accounts = new FailedLogins(properties.account(), properties.tracked(), clock);
		this.addresses = new FailedLogins(properties.address(), properties.tracked(), clock);
		this.failures = Counter.builder("orbit.auth.login.failures")
			.description("Failed logins: a wrong password or an unknown e-mail address")
			.register(meters);
		this.lockedAccount = locked(meters, "account");
		this.lockedAddress = locked(meters, "address");
	}

	private static Counter locked(MeterRegistry meters, String reason) {
		return Counter.builder("orbit.auth.login.locked")
			.description("Logins refused unchecked because their account or client address was locked")
			.tag("reason", reason)
			.register(meters);
	}

	/**
	 * Refuses a login whose account or client address is locked.
	 * @param email the e-mail address as given
	 * @param address the client's address, or null when unknown
	 * @throws TooManyFailedLogins when either is locked
	 */
	void check(String email, String address) {
		Instant now = this.clock.instant();
		Instant until = this.accounts.lockedUntil(account(email), now);
		if (until != null) {
			this.lockedAccount.increment();
			throw new TooManyFailedLogins(until);
		}
		until = (address != null) ? this.addresses.lockedUntil(address, now) : null;
		if (until != null) {
			this.lockedAddress.increment();
			throw new TooManyFailedLogins(until);
		}
	}

	/** Counts a failed login (wrong password, unknown e-mail) against both. */
	void failed(String email, String address) {
		Instant now = this.clock.instant();
		this.failures.increment();
		String account = account(email);
		if (!account.isEmpty()) {
			Instant until = this.accounts.failed(account, now);
			if (until != null) {
				log.warn("Login locked for account {} until {}: too many failed logins", masked(account), until);
			}
		}
		if (address != null) {
			Instant until = this.addresses.failed(address, now);
			if (until != null) {
				log.warn("Login locked for client address {} until {}: too many failed logins", address, until);
			}
		}
	}

	/** A successful login forgets the account's failures (not the address's). */
	void succeeded(String email) {
		this.accounts.succeeded(account(email), this.clock.instant());
	}

	/** The account's key: the e-mail address trimmed, in lower case. */
	static String account(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	/** An account as logs show it: {@code a***@orbit.space}. */
	static String masked(String account) {
		int at = account.lastIndexOf('@');
		String local = (at >= 0) ? account.substring(0, at) : account;
		String domain = (at >= 0) ? account.substring(at) : "";
		return (local.isEmpty() ? "" : local.substring(0, 1)) + "***" + domain;
	}

}
