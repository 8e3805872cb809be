package space.orbit.worker.orbits;

import java.util.function.DoubleUnaryOperator;

/** Golden-section search: the minimum of a unimodal function on an interval. */
final class Minimizer {

	private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

	private Minimizer() {
	}

	/**
	 * The abscissa of the minimum of {@code f} on [a, b], to within {@code tolerance}.
	 */
	static double minimize(DoubleUnaryOperator f, double a, double b, double tolerance) {
		double c = b - GOLDEN * (b - a);
		double d = a + GOLDEN * (b - a);
		double fc = f.applyAsDouble(c);
		double fd = f.applyAsDouble(d);
		while (b - a > tolerance) {
			if (fc < fd) {
				b = d;
				d = c;
				fd = fc;
				c = b - GOLDEN * (b - a);
				fc = f.applyAsDouble(c);
			}
			else {
				a = c;
				c = d;
				fc = fd;
				d = a + GOLDEN * (b - a);
				fd = f.applyAsDouble(d);
			}
		}
		double x = (a + b) / 2;
		double fx = f.applyAsDouble(x);
		double fa = f.applyAsDouble(a);
		double fb = f.applyAsDouble(b);
		return (fa < fx && fa <= fb) ? a : (fb < fx) ? b : x;
	}

}
