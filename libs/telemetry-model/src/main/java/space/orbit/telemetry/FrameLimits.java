package space.orbit.telemetry;

import java.time.Duration;

/**
 * What a valid frame may contain.
 *
 * @param maxFrames frames per request
 * @param maxSamplesPerFrame samples per frame
 * @param maxNameLength characters in a spacecraft id or parameter name
 * @param maxStringLength characters in a string sample value
 * @param maxPast how far before the time of receipt a timestamp may lie
 * @param maxFuture how far after the time of receipt a timestamp may lie (clock skew)
 */
public record FrameLimits(int maxFrames, int maxSamplesPerFrame, int maxNameLength, int maxStringLength,
		Duration maxPast, Duration maxFuture) {

	/**
	 * Limits that suit spacecraft telemetry: a year of history, five minutes of clock
	 * skew.
	 */
	public static final FrameLimits DEFAULT = new FrameLimits(20_000, 2_000, 128, 1_024, Duration.ofDays(366),
			Duration.ofMinutes(5));

	public FrameLimits {
		if (maxFrames < 1 || maxSamplesPerFrame < 1 || maxNameLength < 1 || maxStringLength < 0) {
			throw new IllegalArgumentException("frame limits must be positive");
		}
		if (maxPast.isNegative() || maxFuture.isNegative()) {
			throw new IllegalArgumentException("timestamp window durations must not be negative");
		}
	}

}
