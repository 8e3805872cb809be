package space.orbit.inventory;

import java.util.List;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the inventory service ({@code orbit.inventory.*}), checked at start-up.
 *
 * @param schema the PostgreSQL schema the service owns (Flyway migrates it)
 * @param openingStock stock received at start-up when the ledger is empty, each
 * {@code item@depot:quantity} (./orbit up stocks the welcome kit; empty by default)
 */
@Validated
@ConfigurationProperties("orbit.inventory")
public record InventoryProperties(
		@DefaultValue("inventory") @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}",
				message = "must be a lower-case PostgreSQL identifier") String schema,
		@DefaultValue List<@Pattern(
				regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}@[A-Za-z0-9][A-Za-z0-9._-]{0,99}:[1-9][0-9]{0,8}",
				message = "must be item@depot:quantity, e.g. welcome-kit@KSC:500") String> openingStock) {
}
