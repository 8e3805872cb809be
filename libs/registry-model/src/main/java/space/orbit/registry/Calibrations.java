package space.orbit.registry;

import java.util.List;

/** Checks calibrations. */
final class Calibrations {

	private Calibrations() {
	}

	static void validate(List<RegistryViolation> violations, String pointer, Calibration calibration) {
		switch (calibration) {
			case Polynomial polynomial -> polynomial(violations, pointer + "/coefficients", polynomial.coefficients());
			case LookupTable table -> table(violations, pointer + "/points", table.points());
		}
	}

	private static void polynomial(List<RegistryViolation> violations, String pointer, List<Double> coefficients) {
		if (coefficients == null || coefficients.isEmpty() || coefficients.size() > Polynomial.MAX_COEFFICIENTS) {
			violations.add(new RegistryViolation(pointer,
					"A polynomial has 1 to " + Polynomial.MAX_COEFFICIENTS + " coefficients, c0 first."));
			return;
		}
		for (int i = 0; i < coefficients.size(); i++) {
			Double c = coefficients.get(i);
			if (c == null || !Double.isFinite(c)) {
				violations.add(new RegistryViolation(pointer + "/" + i, "A coefficient must be a finite number."));
			}
		}
	}

	private static void table(List<RegistryViolation> violations, String pointer, List<LookupTable.Point> points) {
		if (points == null || points.size() < 2 || points.size() > LookupTable.MAX_POINTS) {
			violations
				.add(new RegistryViolation(pointer, "A lookup table has 2 to " + LookupTable.MAX_POINTS + " points."));
			return;
		}
		LookupTable.Point previous = null;
		for (int i = 0; i < points.size(); i++) {
			LookupTable.Point point = points.get(i);
			if (point == null) {
				violations.add(new RegistryViolation(pointer + "/" + i, "A point is {\"raw\":..,\"value\":..}."));
				previous = null;
				continue;
			}
			if (!Double.isFinite(point.raw()) || !Double.isFinite(point.value())) {
				violations.add(new RegistryViolation(pointer + "/" + i, "A point's raw and value must be finite."));
			}
			else if (previous != null && point.raw() <= previous.raw()) {
				violations.add(new RegistryViolation(pointer + "/" + i + "/raw",
						"Raw values must be strictly increasing: " + point.raw() + " follows " + previous.raw() + "."));
			}
			previous = point;
		}
	}

}
