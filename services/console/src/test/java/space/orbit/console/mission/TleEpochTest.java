package space.orbit.console.mission;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TleEpochTest {

	@Test
	void theEpochIsTheYearAndTheFractionalDayOfLine1() {
		String line1 = "1 99001U 26042A   26325.50000000  .00000000  00000-0  12000-3 0  9997";
		assertThat(TleEpoch.of(line1)).isEqualTo(Instant.parse("2026-11-21T12:00:00Z"));
	}

	@Test
	void twoDigitYearsFrom57AreOfThe1900s() {
		String line1 = "1 00005U 58002B   58001.00000000  .00000023  00000-0  28098-4 0  4753";
		assertThat(TleEpoch.of(line1)).isEqualTo(Instant.parse("1958-01-01T00:00:00Z"));
	}

	@Test
	void anUnreadableLineHasNoEpoch() {
		assertThat(TleEpoch.of("1 99001U")).isNull();
		assertThat(TleEpoch.of("1 99001U 26042A   2632x.50000000  .00000000  00000-0  12000-3 0  9997")).isNull();
	}

	@Test
	void theAgeIsInDays() {
		assertThat(TleEpoch.age(Instant.parse("2026-11-21T00:00:00Z"), Instant.parse("2026-11-24T12:00:00Z")))
			.isEqualTo("3.5 d");
	}

}
