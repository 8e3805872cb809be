package space.orbit.registry;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {

	private static final LookupTable THERMISTOR = new LookupTable(List.of(new LookupTable.Point(0, -40.0),
			new LookupTable.Point(1000, 10.0), new LookupTable.Point(2000, 30.0), new LookupTable.Point(4095, 125.0)));

	@Test
	void polynomialIsEvaluatedLowestDegreeFirst() {
		// 2 + 3x - 0.5x^2 at x = 4: 2 + 12 - 8 = 6
		assertThat(Polynomial.of(2, 3, -0.5).apply(4)).isEqualTo(6.0);
		// 0.5 - x + 0.25x^2 + 0.125x^3 at x = -2: 0.5 + 2 + 1 - 1 = 2.5
		assertThat(Polynomial.of(0.5, -1, 0.25, 0.125).apply(-2)).isEqualTo(2.5);
	}

	@Test
	void linearPolynomialScalesCounts() {
		// a 12-bit ADC over 0..32 V: 0.0078125 V per count; 3584 counts = 28 V
		assertThat(Polynomial.of(0, 0.0078125).apply(3584)).isEqualTo(28.0);
		// offset and gain: -273.15 + 0.01 x, x = 29815 -> 24.999... within rounding
		assertThat(Polynomial.of(-273.15, 0.01).apply(29815)).isCloseTo(25.0, within(1e-9));
	}

	@Test
	void constantPolynomialIgnoresTheRawValue() {
		assertThat(Polynomial.of(7.5).apply(123.0)).isEqualTo(7.5);
	}

	@Test
	void lookupTableInterpolatesLinearlyBetweenPoints() {
		// between (0,-40) and (1000,10): -40 + 50 * 250/1000 = -27.5
		assertThat(THERMISTOR.apply(250)).isEqualTo(-27.5);
		// between (1000,10) and (2000,30): 10 + 20 * 0.75 = 25
		assertThat(THERMISTOR.apply(1750)).isEqualTo(25.0);
		// between (2000,30) and (4095,125): 30 + 95 * 1047.5/2095 = 77.5
		assertThat(THERMISTOR.apply(3047.5)).isCloseTo(77.5, within(1e-12));
	}

	@Test
	void lookupTableHitsItsPointsExactly() {
		assertThat(THERMISTOR.apply(0)).isEqualTo(-40.0);
		assertThat(THERMISTOR.apply(1000)).isEqualTo(10.0);
		assertThat(THERMISTOR.apply(2000)).isEqualTo(30.0);
		assertThat(THERMISTOR.apply(4095)).isEqualTo(125.0);
	}

	@Test
	void lookupTableIsClampedAtBothEnds() {
		assertThat(THERMISTOR.apply(-5)).isEqualTo(-40.0);
		assertThat(THERMISTOR.apply(99_999)).isEqualTo(125.0);
	}

	@Test
	void noCalibrationIsTheIdentity() {
		assertThat(Calibration.apply(null, 12.25)).isEqualTo(12.25);
		ParameterDefinition plain = new ParameterDefinition("M", "A.B", "A", null, null, RawType.FLOAT, null, null);
		assertThat(plain.engineeringValue(-3.5)).isEqualTo(-3.5);
	}

}
