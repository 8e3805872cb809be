package space.orbit.registry;

import java.util.List;

/**
 * A polynomial calibration {@code c0 + c1*x + c2*x^2 + ...}, evaluated by Horner's rule.
 * Valid with 1 to 8 finite coefficients.
 *
 * @param coefficients {@code c0, c1, c2, ...}, lowest degree first
 */
public record Polynomial(List<Double> coefficients) implements Calibration {

	/** The JSON {@code type} of a polynomial. */
	public static final String TYPE = "POLYNOMIAL";

	/** The most coefficients a polynomial may have (degree 7). */
	public static final int MAX_COEFFICIENTS = 8;

	public Polynomial {
		coefficients = (coefficients != null)
				? java.util.Collections.unmodifiableList(new java.util.ArrayList<>(coefficients)) : null;
	}

	/** A polynomial of the given coefficients, lowest degree first. */
	public static Polynomial of(double... coefficients) {
		return new Polynomial(java.util.Arrays.stream(coefficients).boxed().toList());
	}

	@Override
	public double apply(double raw) {
		double value = 0;
		for (int i = this.coefficients.size() - 1; i >= 0; i--) {
			value = value * raw + this.coefficients.get(i);
		}
		return value;
	}

}
