package space.orbit.inventory.reservation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * An order.created whose texts PostgreSQL would refuse on every delivery is unreadable,
 * not retried forever.
 */
class StorableTextTest {

	@Test
	void aPlainTextIsStorable() {
		assertThat(OrderReservations.storable("welcome-kit", "item")).isEqualTo("welcome-kit");
	}

	@Test
	void aNulCharacterOrNothingIsNot() {
		assertThatIllegalArgumentException().isThrownBy(() -> OrderReservations.storable("a\u0000b", "orderId"))
			.withMessageContaining("orderId");
		assertThatIllegalArgumentException().isThrownBy(() -> OrderReservations.storable(null, "placedBy"));
	}

}
