package space.orbit.console.layout;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountTest {

	@Test
	void onlyOneIsSingular() {
		assertThat(Count.of(0, "alert")).isEqualTo("0 alerts");
		assertThat(Count.of(1, "account")).isEqualTo("1 account");
		assertThat(Count.of(2, "sample")).isEqualTo("2 samples");
	}

}
