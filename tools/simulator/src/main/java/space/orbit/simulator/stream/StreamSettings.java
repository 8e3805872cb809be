package space.orbit.simulator.stream;

import java.time.Instant;

import space.orbit.simulator.fault.FaultSchedule;

/**
 * What a telemetry stream is a function of.
 *
 * @param seed the seed of every random draw
 * @param spacecraft how many spacecraft, ORB-1..ORB-n
 * @param rate frames per second per spacecraft (simulated time)
 * @param start the simulated instant of the first frame
 * @param samplesPerFrame samples per frame; 0 for the modelled parameters (42)
 * @param faults the faults to inject
 * @param publishedOrbits the spacecraft fly the reference TLEs as published (the demo
 * mission's) instead of TLEs moved to the start
 */
public record StreamSettings(long seed, int spacecraft, double rate, Instant start, int samplesPerFrame,
		FaultSchedule faults, boolean publishedOrbits) {

	public StreamSettings {
		if (spacecraft < 1 || !(rate > 0) || samplesPerFrame < 0) {
			throw new IllegalArgumentException("spacecraft >= 1, rate > 0 and samplesPerFrame >= 0 are required");
		}
	}

	/** Nominal settings: no faults, the modelled parameters. */
	public static StreamSettings nominal(long seed, int spacecraft, double rate, Instant start) {
		return new StreamSettings(seed, spacecraft, rate, start, 0, FaultSchedule.NONE, false);
	}

	public StreamSettings withFaults(FaultSchedule faults) {
		return new StreamSettings(this.seed, this.spacecraft, this.rate, this.start, this.samplesPerFrame, faults,
				this.publishedOrbits);
	}

}
