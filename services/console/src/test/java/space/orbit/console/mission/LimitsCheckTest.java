package space.orbit.console.mission;

import org.junit.jupiter.api.Test;

import space.orbit.console.mission.MissionRecords.Limits;

import static org.assertj.core.api.Assertions.assertThat;

class LimitsCheckTest {

	@Test
	void orderedLimitsAreValid() {
		assertThat(LimitsCheck.problems(new Limits(-10.0, 0.0, 50.0, 60.0))).isEmpty();
	}

	@Test
	void oneSidedLimitsAreValid() {
		assertThat(LimitsCheck.problems(new Limits(null, null, null, 70.0))).isEmpty();
		assertThat(LimitsCheck.problems(new Limits(-5.0, null, null, null))).isEmpty();
		assertThat(LimitsCheck.problems(new Limits(null, null, null, null))).isEmpty();
	}

	@Test
	void equalLimitsAreValidAsTheProcessorAllowsThem() {
		assertThat(LimitsCheck.problems(new Limits(null, null, 60.0, 60.0))).isEmpty();
	}

	@Test
	void aLimitBelowTheOneBeforeItIsWrongAtThatLimit() {
		assertThat(LimitsCheck.problems(new Limits(null, null, 80.0, 70.0))).containsOnlyKeys("criticalHigh")
			.containsValue("Critical high (70.0) is below Warning high (80.0)");
	}

	@Test
	void theComparisonSkipsAbsentLimits() {
		assertThat(LimitsCheck.problems(new Limits(10.0, null, null, 5.0))).containsOnlyKeys("criticalHigh");
	}

	@Test
	void aLimitMustBeFinite() {
		assertThat(LimitsCheck.problems(new Limits(null, Double.NaN, null, null))).containsOnlyKeys("warningLow");
	}

	@Test
	void aHysteresisWithALimitIsValid() {
		assertThat(LimitsCheck.problems(new Limits(null, null, 50.0, 60.0, 1.5))).isEmpty();
		assertThat(LimitsCheck.problems(new Limits(null, null, 50.0, 60.0, 0.0))).isEmpty();
	}

	@Test
	void aNegativeOrEndlessHysteresisIsWrongAtItsField() {
		assertThat(LimitsCheck.problems(new Limits(null, null, 50.0, null, -1.0))).containsOnlyKeys("hysteresis");
		assertThat(LimitsCheck.problems(new Limits(null, null, 50.0, null, Double.POSITIVE_INFINITY)))
			.containsOnlyKeys("hysteresis");
	}

	@Test
	void aHysteresisAloneIsNoLimit() {
		assertThat(LimitsCheck.problems(new Limits(null, null, null, null, 2.0))).containsOnlyKeys("hysteresis")
			.containsValue("A hysteresis applies to a limit: set one, or leave it empty.");
	}

}
