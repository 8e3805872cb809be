package space.orbit.simulator.stream;

import java.time.Instant;

/**
 * Telemetry produced tick by tick: at tick k every spacecraft's frame k (or none, or two,
 * as faults say).
 */
public interface FrameSource {

	/** The tick {@link #next(FrameSink)} produces next. */
	long tick();

	/** Simulated seconds from the start to tick {@code k}. */
	double secondsAt(long k);

	/** The timestamp of tick {@code k}. */
	Instant timeOf(long k);

	/**
	 * Hands the frames of the next tick to {@code sink}, spacecraft by spacecraft.
	 * @return how many frames
	 */
	int next(FrameSink sink);

}
