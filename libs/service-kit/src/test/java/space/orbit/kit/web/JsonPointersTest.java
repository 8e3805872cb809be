package space.orbit.kit.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6901 pointers from bean-validation paths. */
class JsonPointersTest {

	@Test
	void propertyPathsBecomePointers() {
		assertThat(JsonPointers.ofPropertyPath("stations[1].id")).isEqualTo("/stations/1/id");
		assertThat(JsonPointers.ofPropertyPath("samples[EPS.BATTERY.VOLTAGE]"))
			.isEqualTo("/samples/EPS.BATTERY.VOLTAGE");
		assertThat(JsonPointers.ofPropertyPath("item")).isEqualTo("/item");
	}

	@Test
	void tildeAndSlashAreEscaped() {
		assertThat(JsonPointers.escape("a/b~c")).isEqualTo("a~1b~0c");
	}

}
