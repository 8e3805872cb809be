package space.orbit.inventory;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the inventory service ({@code orbit.inventory.*}), checked at start-up.
 *
 * @param schema the PostgreSQL schema the service owns (Flyway migrates it)
 */
@Validated
@ConfigurationProperties("orbit.inventory")
public record InventoryProperties(@DefaultValue("inventory") @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}",
		message = "must be a lower-case PostgreSQL identifier") String schema) {
}
