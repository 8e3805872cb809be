package space.orbit.simulator.model;

import java.util.SplittableRandom;

/**
 * Deterministic randomness: every draw is a function of (seed, spacecraft, tick), so the
 * same seed gives the same frames whatever the wall clock or thread did.
 */
public final class Noise {

	private Noise() {
	}

	/** The random source of one spacecraft at one tick. */
	public static SplittableRandom at(long seed, int spacecraft, long tick) {
		return new SplittableRandom(mix(seed, spacecraft, tick));
	}

	/** Mixes three numbers into one well-spread 64-bit value (SplitMix64's finaliser). */
	public static long mix(long seed, long a, long b) {
		return scramble(scramble(scramble(seed) ^ a) ^ b);
	}

	private static long scramble(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
