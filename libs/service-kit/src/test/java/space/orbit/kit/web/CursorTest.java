package space.orbit.kit.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Keyset cursors round-trip any text, and a foreign cursor is the client's error. */
class CursorTest {

	@Test
	void partsRoundTripWhateverTheyHold() {
		String cursor = Cursor.encode("2026-11-21T10:00:00Z", "ORB-1", "", "A/B:c=d");

		assertThat(cursor).matches("[A-Za-z0-9_-]+");
		assertThat(Cursor.decode(cursor, 4)).isEqualTo(List.of("2026-11-21T10:00:00Z", "ORB-1", "", "A/B:c=d"));
	}

	@Test
	void aCursorOfAnotherShapeOrNoCursorAtAllIsAnInvalidAfter() {
		String twoParts = Cursor.encode("a", "b");

		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> Cursor.decode(twoParts, 3))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("after"));
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> Cursor.decode("%%%", 1));
	}

}
