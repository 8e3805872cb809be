package space.orbit.console.mission;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationCurveTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aLookupTableIsItsPointsByRaw() {
		List<double[]> points = CalibrationCurve.points(JSON.readTree("""
				{"type":"LOOKUP","points":[{"raw":4095,"value":85.0},{"raw":0,"value":-40.0}]}"""));
		assertThat(points).hasSize(2);
		assertThat(points.get(0)).containsExactly(0, -40);
		assertThat(points.get(1)).containsExactly(4095, 85);
	}

	@Test
	void aPolynomialIsSampledOverTheRawRange() {
		List<double[]> points = CalibrationCurve
			.points(JSON.readTree("{\"type\":\"POLYNOMIAL\",\"coefficients\":[1.0,0.5,0.25]}"));
		assertThat(points).hasSize(65);
		assertThat(points.get(0)).containsExactly(0, 1);
		double raw = CalibrationCurve.RAW_MAX;
		assertThat(points.get(64)[1]).isEqualTo(1 + 0.5 * raw + 0.25 * raw * raw);
	}

	@Test
	void noCalibrationNoCurve() {
		assertThat(CalibrationCurve.points(null)).isEmpty();
	}

}
