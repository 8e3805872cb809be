package space.orbit.orders;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the orders service ({@code orbit.orders.*}), checked at start-up.
 *
 * @param welcome the order every new user gets
 * @param outbox how orders whose event is not yet on JetStream are found again
 */
@Validated
@ConfigurationProperties("orbit.orders")
public record OrdersProperties(@DefaultValue @Valid Welcome welcome, @DefaultValue @Valid Outbox outbox) {

	/**
	 * The welcome order.
	 *
	 * @param mission its destination mission
	 * @param items what it holds, as {@code item:quantity}
	 */
	public record Welcome(@DefaultValue("ORIENTATION") @NotBlank String mission, @DefaultValue( {
			"welcome-kit:1", "crew-badge:1" }) @NotEmpty List<String> items){
	}

	/**
	 * Orders stored but not yet told on JetStream (the service died, or NATS was down).
	 *
	 * @param lease how long after its creation an order's own request may still publish
	 * it
	 * @param sweepInterval how often such orders are looked for
	 */
	public record Outbox(@DefaultValue("10s") @NotNull Duration lease,
			@DefaultValue("2s") @NotNull Duration sweepInterval, @DefaultValue("100") @Min(1) int sweepBatch) {
	}

}
