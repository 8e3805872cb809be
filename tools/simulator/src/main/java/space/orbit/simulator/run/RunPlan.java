package space.orbit.simulator.run;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import space.orbit.simulator.stream.StreamSettings;

/**
 * What one run of the simulator does.
 *
 * @param stream what to generate
 * @param target ingest's base URL
 * @param batchFrames frames per POST (at least; a tick's frames are not split)
 * @param duration simulated time to cover; null: until stopped
 * @param connections batches in flight at once
 * @param report where to write the JSON report at the end; null: nowhere
 * @param speed simulated seconds per wall-clock second
 * @param replayCycle model this much simulated time, then replay it
 * ({@code ReplayStream}); null: model every frame
 */
public record RunPlan(StreamSettings stream, URI target, int batchFrames, Duration duration, int connections,
		Path report, double speed, Duration replayCycle) {

	/** A plan that models every frame. */
	public RunPlan(StreamSettings stream, URI target, int batchFrames, Duration duration, int connections, Path report,
			double speed) {
		this(stream, target, batchFrames, duration, connections, report, speed, null);
	}

	/**
	 * The first tick not to generate; {@link Long#MAX_VALUE} when there is no duration.
	 */
	public long endTick() {
		return (this.duration == null) ? Long.MAX_VALUE
				: (long) Math.ceil(this.duration.toNanos() / 1e9 * this.stream.rate() - 1e-9);
	}

}
