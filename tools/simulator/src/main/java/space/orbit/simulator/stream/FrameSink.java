package space.orbit.simulator.stream;

import java.time.Instant;

import space.orbit.telemetry.Frame;

/**
 * Where a {@link FrameSource} hands its frames: as frames, or, for a frame replayed from
 * a {@link ReplayStream}'s cycle, as its identity and its samples already written as
 * JSON.
 */
public interface FrameSink {

	void frame(Frame frame);

	/**
	 * A frame whose samples object is already JSON.
	 * @param samplesJson the samples object's bytes, as
	 * {@code TelemetryCodec.writeSamples} writes them
	 * @param samples how many samples it holds
	 */
	void encoded(String spacecraftId, Instant timestamp, long sequence, byte[] samplesJson, int samples);

}
