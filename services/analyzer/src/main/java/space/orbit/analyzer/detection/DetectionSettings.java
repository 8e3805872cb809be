package space.orbit.analyzer.detection;

import java.time.Duration;

/**
 * How the topology detects and raises (from {@code orbit.analyzer.detection.*}).
 *
 * @param punctuateInterval how often (wall clock) silence is looked for
 * @param updateInterval how often an active condition is re-sent
 * @param forgetAfter state of a parameter or spacecraft silent this long is dropped
 * @param stormMaxNewAlerts new alerts per spacecraft per storm window
 * @param stormWindow the storm window
 * @param persistentState RocksDB state stores (true in service); in-memory ones (still
 * changelogged) for fast topology tests
 */
public record DetectionSettings(Duration punctuateInterval, Duration updateInterval, Duration forgetAfter,
		int stormMaxNewAlerts, Duration stormWindow, boolean persistentState) {

	/** The defaults of {@code orbit.analyzer.detection}. */
	public static final DetectionSettings DEFAULTS = new DetectionSettings(Duration.ofSeconds(1),
			Duration.ofSeconds(10), Duration.ofHours(24), 10, Duration.ofMinutes(1), true);

	/** The same settings with in-memory state stores. */
	public DetectionSettings inMemory() {
		return new DetectionSettings(this.punctuateInterval, this.updateInterval, this.forgetAfter,
				this.stormMaxNewAlerts, this.stormWindow, false);
	}

}
