package space.orbit.users;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the users service ({@code orbit.users.*}), checked at start-up.
 *
 * @param schema the PostgreSQL schema the service owns (Flyway migrates it)
 * @param outbox how the outbox is relayed
 * @param bootstrapAdmin the first administrator, ensured at start-up
 */
@Validated
@ConfigurationProperties("orbit.users")
public record UsersProperties(
		@DefaultValue("users") @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}",
				message = "must be a lower-case PostgreSQL identifier") String schema,
		@DefaultValue @Valid Outbox outbox, @DefaultValue @Valid BootstrapAdmin bootstrapAdmin) {

	/**
	 * The outbox relay.
	 *
	 * @param lease how long the request that wrote a row owns it before the sweeper may
	 * take it over
	 * @param sweepInterval how often rows whose lease expired are looked for
	 * @param sweepBatch rows taken over per sweep
	 */
	public record Outbox(@DefaultValue("10s") @NotNull Duration lease,
			@DefaultValue("2s") @NotNull Duration sweepInterval, @DefaultValue("100") @Min(1) int sweepBatch) {
	}

	/**
	 * The first administrator: when {@code email} is set, an account with it, access
	 * admin, and the password in the first line of {@code passwordFile}.
	 *
	 * @param email its e-mail address ({@code ORBIT_BOOTSTRAP_ADMIN_EMAIL}); none: no
	 * bootstrap administrator
	 * @param passwordFile a file whose first line is its password, 12 to 128 characters
	 * ({@code ORBIT_BOOTSTRAP_ADMIN_PASSWORD_FILE}); required with {@code email}
	 * @param name its name when it is created
	 */
	public record BootstrapAdmin(@Email String email, String passwordFile,
			@DefaultValue("Orbit administrator") @NotBlank @Size(max = 200) String name) {

		/** Whether a bootstrap administrator is asked for. */
		public boolean requested() {
			return this.email != null && !this.email.isBlank();
		}

	}

}
