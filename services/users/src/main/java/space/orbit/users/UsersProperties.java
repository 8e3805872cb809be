package space.orbit.users;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the users service ({@code orbit.users.*}), checked at start-up.
 *
 * @param schema the PostgreSQL schema the service owns (Flyway migrates it)
 * @param outbox how the outbox is relayed
 */
@Validated
@ConfigurationProperties("orbit.users")
public record UsersProperties(
		@DefaultValue("users") @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}",
				message = "must be a lower-case PostgreSQL identifier") String schema,
		@DefaultValue @Valid Outbox outbox) {

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

}
