package space.orbit.simulator.model;

import java.util.SplittableRandom;

/**
 * Attitude and reaction wheels of a nadir-pointing spacecraft. Each wheel runs at a bias
 * speed plus a cycle at the orbital period (the momentum that gravity gradient and drag
 * trade with it) plus its share of a slew to fine pointing while imaging (a first-order
 * lag, 20 s); pointing errors and body rates show the slew transients. The pitch rate is
 * minus the orbit rate (nadir pointing turns once per orbit).
 */
final class AttitudeModel {

	private static final double SLEW_TAU = 20;

	private final double[] bias = new double[4];

	private final double[] amplitude = new double[4];

	private final double[] phase = new double[4];

	private final double[] slewShare = new double[4];

	private final double[] transientSign = new double[3];

	private final double orbitRate;

	private final double period;

	private double slew;

	private double slewRate;

	private double orbitPhase;

	AttitudeModel(SplittableRandom random, double periodSeconds) {
		for (int i = 0; i < 4; i++) {
			this.bias[i] = (random.nextBoolean() ? 1 : -1) * (800 + random.nextDouble() * 1400);
			this.amplitude[i] = 150 + random.nextDouble() * 300;
			this.phase[i] = random.nextDouble() * 2 * Math.PI;
			this.slewShare[i] = (random.nextBoolean() ? 1 : -1) * (200 + random.nextDouble() * 300);
		}
		for (int i = 0; i < 3; i++) {
			this.transientSign[i] = random.nextBoolean() ? 1 : -1;
		}
		this.period = periodSeconds;
		this.orbitRate = 360.0 / periodSeconds;
	}

	void step(double dt, double t, boolean finePointing) {
		double before = this.slew;
		this.slew += ((finePointing ? 1 : 0) - this.slew) * (1 - Math.exp(-dt / SLEW_TAU));
		this.slewRate = (dt > 0) ? (this.slew - before) / dt : 0;
		this.orbitPhase = 2 * Math.PI * t / this.period;
	}

	/** Speed of wheel {@code n} (0-3), rpm. */
	double wheelSpeed(int n) {
		return this.bias[n] + this.amplitude[n] * Math.sin(this.orbitPhase + this.phase[n])
				+ this.slewShare[n] * this.slew;
	}

	/** Pointing error about axis {@code n} (0 roll, 1 pitch, 2 yaw), degrees. */
	double pointingError(int n) {
		return this.transientSign[n] * 0.04 * Math.abs(this.slewRate) * SLEW_TAU;
	}

	/** Body rate about axis {@code n}, deg/s. */
	double bodyRate(int n) {
		double swing = 0.03 * Math.abs(this.slewRate) * SLEW_TAU;
		return (n == 1) ? -this.orbitRate + swing : this.transientSign[n] * swing;
	}

}
