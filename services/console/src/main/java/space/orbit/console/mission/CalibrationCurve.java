package space.orbit.console.mission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The preview curve of a calibration as the processor applies it: a lookup table's points
 * (interpolated linearly between them), or a polynomial c0 + c1 raw + ... sampled over a
 * raw range.
 */
final class CalibrationCurve {

	/** The raw range a polynomial is previewed over: a 12-bit converter's. */
	static final double RAW_MIN = 0;

	static final double RAW_MAX = 4095;

	private static final int SAMPLES = 64;

	private CalibrationCurve() {
	}

	/** (raw, value) points, raw ascending; empty without a calibration. */
	static List<double[]> points(JsonNode calibration) {
		List<double[]> points = new ArrayList<>();
		if (calibration == null || calibration.isNull()) {
			return points;
		}
		String type = calibration.path("type").asString("");
		if (type.equals("LOOKUP")) {
			for (JsonNode point : calibration.path("points")) {
				points.add(new double[] { point.path("raw").asDouble(), point.path("value").asDouble() });
			}
			points.sort(Comparator.comparingDouble((point) -> point[0]));
		}
		else if (type.equals("POLYNOMIAL")) {
			List<Double> coefficients = new ArrayList<>();
			calibration.path("coefficients").forEach((c) -> coefficients.add(c.asDouble()));
			for (int i = 0; i <= SAMPLES; i++) {
				double raw = RAW_MIN + (RAW_MAX - RAW_MIN) * i / SAMPLES;
				points.add(new double[] { raw, polynomial(coefficients, raw) });
			}
		}
		return points;
	}

	static double polynomial(List<Double> coefficients, double raw) {
		double value = 0;
		for (int i = coefficients.size() - 1; i >= 0; i--) {
			value = value * raw + coefficients.get(i);
		}
		return value;
	}

}
