package space.orbit.auth.login;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Login throttling ({@code orbit.auth.login.*}), checked at start-up: after
 * {@code max-failures} failed logins for one account within {@code window}, that account
 * is locked for {@code lock-out}; the same per client address with the {@code address-*}
 * settings.
 *
 * @param maxFailures failed logins for one account (e-mail) that lock it
 * @param window how far back an account's failures count
 * @param lockOut how long a locked account is refused
 * @param addressMaxFailures failed logins from one client address that lock it
 * @param addressWindow how far back an address's failures count
 * @param addressLockOut how long a locked address is refused
 * @param tracked how many accounts, and how many addresses, are remembered at most (the
 * least recently failed are forgotten first)
 */
@Validated
@ConfigurationProperties("orbit.auth.login")
record LoginProperties(@DefaultValue("5") @Min(1) int maxFailures,
		@DefaultValue("15m") @NotNull @DurationMin(seconds = 1) Duration window,
		@DefaultValue("15m") @NotNull @DurationMin(seconds = 1) Duration lockOut,
		@DefaultValue("20") @Min(1) int addressMaxFailures,
		@DefaultValue("15m") @NotNull @DurationMin(seconds = 1) Duration addressWindow,
		@DefaultValue("15m") @NotNull @DurationMin(seconds = 1) Duration addressLockOut,
		@DefaultValue("100000") @Min(1) long tracked) {

	/** The limit per account. */
	Limit account() {
		return new Limit(this.maxFailures, this.window, this.lockOut);
	}

	/** The limit per client address. */
	Limit address() {
		return new Limit(this.addressMaxFailures, this.addressWindow, this.addressLockOut);
	}

	/**
	 * One limit.
	 *
	 * @param maxFailures the failures within the window that start a lock
	 * @param window how far back failures count
	 * @param lockOut how long a lock lasts
	 */
	record Limit(int maxFailures, Duration window, Duration lockOut) {
	}

}
