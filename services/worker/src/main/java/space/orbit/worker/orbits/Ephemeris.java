package space.orbit.worker.orbits;

/**
 * An object's TEME states sampled at a fixed step, interpolated between samples by cubic
 * Hermite polynomials (positions and velocities): at a step of a tenth of a radian of the
 * fastest orbital motion the interpolation is within metres of SGP4.
 */
final class Ephemeris {

	private final double[] states;

	private final double step;

	private final int last;

	/**
	 * @param states x, y, z, vx, vy, vz (km, km/s) per sample
	 */
	Ephemeris(double[] states, double step) {
		this.states = states;
		this.step = step;
		this.last = states.length / 6 - 1;
	}

	/**
	 * Writes the position at {@code t} seconds from the first sample into {@code out}.
	 */
	void position(double t, double[] out, int offset) {
		int k = Math.min(Math.max((int) (t / this.step), 0), this.last - 1);
		double s = t / this.step - k;
		double s2 = s * s;
		double s3 = s2 * s;
		double h00 = 2 * s3 - 3 * s2 + 1;
		double h10 = (s3 - 2 * s2 + s) * this.step;
		double h01 = -2 * s3 + 3 * s2;
		double h11 = (s3 - s2) * this.step;
		int a = 6 * k;
		int b = a + 6;
		for (int i = 0; i < 3; i++) {
			out[offset + i] = h00 * this.states[a + i] + h10 * this.states[a + 3 + i] + h01 * this.states[b + i]
					+ h11 * this.states[b + 3 + i];
		}
	}

	/**
	 * The smallest and largest distance from the Earth's centre among the samples, km.
	 */
	double[] radiusRange() {
		double min = Double.MAX_VALUE;
		double max = 0;
		for (int k = 0; k <= this.last; k++) {
			double r = Math.sqrt(square(this.states, 6 * k));
			min = Math.min(min, r);
			max = Math.max(max, r);
		}
		return new double[] { min, max };
	}

	/** The largest speed among the samples, km/s. */
	double maxSpeed() {
		double max = 0;
		for (int k = 0; k <= this.last; k++) {
			max = Math.max(max, Math.sqrt(square(this.states, 6 * k + 3)));
		}
		return max;
	}

	private static double square(double[] v, int i) {
		return v[i] * v[i] + v[i + 1] * v[i + 1] + v[i + 2] * v[i + 2];
	}

}
