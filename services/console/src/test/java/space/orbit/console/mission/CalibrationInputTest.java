package space.orbit.console.mission;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationInputTest {

	@Test
	void aPolynomialIsItsCoefficientsC0First() {
		CalibrationInput.Result result = CalibrationInput.polynomial(" 0.5, 2  -1e-3 ");
		assertThat(result.valid()).isTrue();
		assertThat(result.calibration().toString())
			.isEqualTo("{\"type\":\"POLYNOMIAL\",\"coefficients\":[0.5,2.0,-0.001]}");
	}

	@Test
	void aPolynomialHasOneToEightFiniteCoefficients() {
		assertThat(CalibrationInput.polynomial("").problem()).startsWith("A polynomial has 1 to 8 coefficients");
		assertThat(CalibrationInput.polynomial("1 2 3 4 5 6 7 8 9").problem()).contains("(had 9)");
		assertThat(CalibrationInput.polynomial("1, two").problem())
			.isEqualTo("Coefficient c1 'two' is not a finite number.");
		assertThat(CalibrationInput.polynomial("1, NaN").valid()).isFalse();
		assertThat(CalibrationInput.polynomial("Infinity").valid()).isFalse();
		assertThat(CalibrationInput.polynomial("7").valid()).isTrue();
	}

	@Test
	void aTableIsOnePointALineRawStrictlyIncreasing() {
		CalibrationInput.Result result = CalibrationInput.table("0, -40\n\n2048;20\r\n4095\t80\n");
		assertThat(result.valid()).isTrue();
		assertThat(result.calibration().toString()).isEqualTo("{\"type\":\"LOOKUP\",\"points\":[{\"raw\":0.0,"
				+ "\"value\":-40.0},{\"raw\":2048.0,\"value\":20.0},{\"raw\":4095.0,\"value\":80.0}]}");
	}

	@Test
	void aTableNamesTheLineThatIsWrong() {
		assertThat(CalibrationInput.table("0, 1\n10, 2\n10, 3").problem())
			.isEqualTo("Line 3: raw 10 follows 10: raw values must increase strictly.");
		assertThat(CalibrationInput.table("0, 1\n5 6 7").problem())
			.isEqualTo("Line 2 '5 6 7' is not 'raw, value': two finite numbers.");
		assertThat(CalibrationInput.table("0, 1\nx, 2").problem()).startsWith("Line 2 'x, 2'");
	}

	@Test
	void aTableHasAtLeastTwoPoints() {
		assertThat(CalibrationInput.table("0, 1").problem())
			.isEqualTo("A lookup table has 2 to 1024 points, one 'raw, value' a line (had 1).");
		assertThat(CalibrationInput.table("  ").valid()).isFalse();
	}

	@Test
	void theFormShowsACalibrationAsItWasTyped() {
		assertThat(CalibrationInput.coefficientsText(CalibrationInput.polynomial("0.5 2").calibration()))
			.isEqualTo("0.5, 2");
		assertThat(CalibrationInput.pointsText(CalibrationInput.table("0 -40\n4095 80.25").calibration()))
			.isEqualTo("0, -40\n4095, 80.25");
	}

}
