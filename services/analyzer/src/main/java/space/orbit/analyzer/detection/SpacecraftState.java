package space.orbit.analyzer.detection;

/**
 * What the topology remembers about one spacecraft: the latest frame (to count
 * out-of-order and duplicate ones), recent frame identities, last arrival, its silence
 * and storm conditions, and the storm guard's window.
 */
final class SpacecraftState {

	static final int RECENT = 64;

	/** Wall-clock millis of the last arrival. */
	long lastArrival;

	/** Sample time of the latest frame, epoch micros. */
	long lastTime;

	long lastSequence;

	/** Hashes of recent frame identities (ring). */
	long[] recent = new long[RECENT];

	int recentNext;

	/** Sample time of the last parameter silence check, epoch micros. */
	long lastSilenceScan;

	Condition silence;

	Condition storm;

	/** Wall-clock millis the storm window began. */
	long windowStart;

	int raisedInWindow;

	/** Wall-clock millis of the last alert held back. */
	long lastSuppressed;

	boolean seen(long identity) {
		for (long recentIdentity : this.recent) {
			if (recentIdentity == identity && identity != 0) {
				return true;
			}
		}
		return false;
	}

	void remember(long identity) {
		this.recent[this.recentNext] = identity;
		this.recentNext = (this.recentNext + 1) % RECENT;
	}

}
